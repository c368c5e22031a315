//! Vietnamese: the words of error messages, from general usage (a bilingual dictionary's senses
//! of each word) and the vocabulary of Chromium 156's Vietnamese locale pack (vi.pak: its
//! network, certificate and sign-in strings) and lobehub/lobe-chat's vi-VN locale. Vietnamese
//! is written in syllables with tone marks that the fold strips (lỗi → loi, lời → loi), so a
//! single short syllable names too many words once folded: the rows are words of two syllables
//! or more ("kết nối", "máy chủ", "hết hạn"), and lỗi, mạng, phiên, quá, bận, luồng, chặn are
//! written only in the phrases where they cannot be something else (lỗi mạng, not trả lời;
//! phiên đăng nhập, not phiên bản; quá tải, not qua). Vietnamese does not inflect: Stems.
use super::super::Concept::*;
use super::super::{s, w, LexRow};
use crate::signals::Lang::Vi;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    s("kết nối", Vi, Connection), s("ngắt kết nối", Vi, Connection),
    s("đặt lại", Vi, Reset), s("ngắt kết nối", Vi, Reset), s("bị ngắt", Vi, Reset), s("đóng kết nối", Vi, Reset), s("mất kết nối", Vi, Reset),
    s("từ chối", Vi, Refused),
    s("gián đoạn", Vi, Interrupted), s("bị hủy", Vi, Interrupted), s("bị dừng", Vi, Interrupted),
    s("thất bại", Vi, Failed), s("không thể", Vi, Failed), s("không thành công", Vi, Failed),
    s("xảy ra lỗi", Vi, Error), s("lỗi xảy ra", Vi, Error), s("xảy ra sự cố", Vi, Error), s("gặp sự cố", Vi, Error), s("gặp lỗi", Vi, Error),
    s("bị lỗi", Vi, Error), s("lỗi mạng", Vi, Error), s("lỗi kết nối", Vi, Error), s("lỗi máy chủ", Vi, Error), s("lỗi hệ thống", Vi, Error),
    s("trục trặc", Vi, Error), // not lỗi alone: folded it is also lời (câu trả lời)
    s("thử lại", Vi, Again), s("đăng nhập lại", Vi, Again), s("tải lại", Vi, Again),
    s("lỗi mạng", Vi, Network), s("kết nối mạng", Vi, Network), w("mạng không", Vi, Network), s("mạng của bạn", Vi, Network),
    s("mạng internet", Vi, Network),
    s("internet", Vi, Internet), s("mạng internet", Vi, Internet),
    s("ngoại tuyến", Vi, Offline), s("không có kết nối", Vi, Offline), s("mất mạng", Vi, Offline), s("không có internet", Vi, Offline),
    s("không có mạng", Vi, Offline), s("chưa kết nối", Vi, Offline),
    s("proxy", Vi, Proxy), s("máy chủ ủy quyền", Vi, Proxy),
    s("tên miền", Vi, Dns), s("phân giải tên", Vi, Dns),
    s("không tìm thấy", Vi, NotFound), s("không thể tìm thấy", Vi, NotFound), s("không tồn tại", Vi, NotFound),
    s("địa chỉ", Vi, Address),
    s("chứng chỉ", Vi, Certificate),
    s("bảo mật", Vi, Secure), s("kết nối an toàn", Vi, Secure), s("riêng tư", Vi, Secure),
    s("đồng hồ", Vi, Clock), s("ngày và giờ", Vi, Clock), s("ngày giờ", Vi, Clock),
    s("không chính xác", Vi, Wrong), s("nhập sai", Vi, Wrong), s("bị sai", Vi, Wrong), w("sai", Vi, Wrong),
    s("chạy nhanh", Vi, Wrong), s("chạy chậm", Vi, Wrong), // the clock ahead, behind
    s("không hợp lệ", Vi, Invalid),
    s("hết hạn", Vi, Expired), s("hết hiệu lực", Vi, Expired), s("quá hạn", Vi, Expired),
    s("phiên làm việc", Vi, Session), s("phiên đăng nhập", Vi, Session), s("phiên của bạn", Vi, Session), w("phiên đã", Vi, Session),
    s("phiên trò chuyện", Vi, Session), // not phiên alone: phiên bản is a version
    s("đăng nhập", Vi, SignIn), s("xác thực", Vi, SignIn), s("đăng xuất", Vi, SignIn),
    s("khóa api", Vi, Key), s("khóa truy cập", Vi, Key), s("mã thông báo", Vi, Key), w("token", Vi, Key), s("thông tin xác thực", Vi, Key),
    s("không có quyền", Vi, Unauthorized), s("chưa được cấp quyền", Vi, Unauthorized), s("trái phép", Vi, Unauthorized),
    s("không được phép", Vi, Unauthorized), s("không được ủy quyền", Vi, Unauthorized),
    s("từ chối", Vi, Denied), s("bị cấm", Vi, Denied),
    s("truy cập", Vi, Access),
    s("ngữ cảnh", Vi, Context),
    s("độ dài", Vi, Length), s("số ký tự", Vi, Length), w("ký tự", Vi, Length), s("kích thước", Vi, Length), s("số token", Vi, Length),
    s("quá dài", Vi, Long),
    s("quá lớn", Vi, Large),
    s("quá dài", Vi, Too), s("quá lớn", Vi, Too), s("quá mức", Vi, Too),
    s("quá nhiều", Vi, TooMany),
    s("giới hạn", Vi, Limit), s("hạn mức", Vi, Limit), s("tối đa", Vi, Limit),
    s("vượt quá", Vi, Exceeded), s("đã đạt", Vi, Exceeded), s("đạt đến", Vi, Exceeded), s("đạt tới", Vi, Exceeded),
    s("hết lượt", Vi, Exceeded), s("dùng hết", Vi, Exceeded), s("sử dụng hết", Vi, Exceeded),
    s("hạn ngạch", Vi, Quota), s("hạn mức", Vi, Quota), s("hết lượt", Vi, Quota), s("lượt sử dụng", Vi, Quota), s("lượt dùng", Vi, Quota), // lượt: a turn of an allowance
    s("yêu cầu", Vi, Requests), s("truy vấn", Vi, Requests),
    s("tin nhắn", Vi, Messages), s("câu hỏi", Vi, Messages), s("lời nhắc", Vi, Messages),
    s("mức sử dụng", Vi, Usage), s("lượt sử dụng", Vi, Usage), s("lượt dùng", Vi, Usage),
    s("mỗi giờ", Vi, PerTime), s("mỗi phút", Vi, PerTime), s("mỗi ngày", Vi, PerTime), s("mỗi giây", Vi, PerTime), s("mỗi tháng", Vi, PerTime),
    s("hàng ngày", Vi, PerTime),
    s("thường xuyên", Vi, Frequent), s("quá nhanh", Vi, Frequent), s("liên tục", Vi, Frequent), s("tần suất", Vi, Frequent),
    s("máy chủ", Vi, Server), s("dịch vụ", Vi, Server), s("mô hình", Vi, Server),
    s("quá tải", Vi, Busy), s("tải cao", Vi, Busy), s("nhu cầu cao", Vi, Busy), s("nhiều người dùng", Vi, Busy), s("bận rộn", Vi, Busy), // not bận alone: folded it is bạn, bán, bàn
    s("dung lượng", Vi, Capacity),
    s("khu vực", Vi, Region), s("quốc gia", Vi, Region), s("lãnh thổ", Vi, Region), s("nước của bạn", Vi, Region),
    s("không khả dụng", Vi, Unavailable), s("không có sẵn", Vi, Unavailable), s("không sẵn dùng", Vi, Unavailable),
    s("không được hỗ trợ", Vi, Unavailable), s("không hỗ trợ", Vi, Unavailable),
    s("không thể sử dụng", Vi, Unavailable), s("không hoạt động", Vi, Unavailable), s("tạm ngưng", Vi, Unavailable),
    s("không truy cập được", Vi, Unavailable),
    s("hết thời gian", Vi, Timeout), s("thời gian chờ", Vi, Timeout), s("mất quá nhiều thời gian", Vi, Timeout),
    s("truyền phát", Vi, Stream),
    s("phản hồi", Vi, Response), s("trả lời", Vi, Response),
    s("lại sau", Vi, Later), s("sau ít phút", Vi, Later), s("sau vài phút", Vi, Later), s("lát nữa", Vi, Later), s("sau một lát", Vi, Later),
    s("bảo trì", Vi, Maintenance), s("nâng cấp hệ thống", Vi, Maintenance),
    s("chuyển hướng", Vi, Redirect),
    s("là con người", Vi, Human), s("không phải là robot", Vi, Human), s("không phải robot", Vi, Human),
    s("xác minh", Vi, Verify), s("xác nhận", Vi, Verify),
    s("bị chặn", Vi, Blocked), s("chặn kết nối", Vi, Blocked), s("bị khóa", Vi, Blocked), s("bị đình chỉ", Vi, Blocked),
    s("bắt buộc", Vi, Required), s("cần phải", Vi, Required),
    s("vòng lặp", Vi, Loop), s("lặp lại", Vi, Loop),
    s("tổ chức", Vi, Admin), s("quản trị viên", Vi, Admin), s("tường lửa", Vi, Admin), s("diệt vi-rút", Vi, Admin), s("diệt virus", Vi, Admin),
    s("tiện ích mở rộng", Vi, Admin), s("kiểm soát của cha mẹ", Vi, Admin),
];
