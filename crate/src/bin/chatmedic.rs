fn main() {
    println!("chatmedic {}", chatmedic::version());
}
