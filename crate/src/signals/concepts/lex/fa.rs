//! Persian: the words of error messages, from general usage (a bilingual dictionary's senses of
//! each word) and the vocabulary of Chromium 156's Persian locale pack (fa.pak: the network error
//! pages, the certificate and clock interstitials). Persian writes its words apart and joins
//! affixes with a zero-width non-joiner (نمی‌شود، درخواست‌ها، شبکه‌تان), which the fold makes a
//! space: rows are written with a space where the non-joiner stands, and the common verbs also
//! without it (نمیتوان), as people type them. Stems start a word and take the suffixes (`شبکه`:
//! شبکه‌تان, `درخواست`: درخواست‌ها). Arabic yeh and kaf fold to the Persian letters, and hamza on
//! alef to alef, so `تأیید` reads تایید too. Notes: خیلی and بسیار mean "very" as often as "too",
//! so Too is بیش از حد; طول is written in phrases, since "طول کشید" is "took (too) long" and not
//! a length.
use super::super::Concept::*;
use super::super::{p, s, w, LexRow};
use crate::signals::Lang::Fa;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    p("اتصال", Fa, Connection), p("متصل", Fa, Connection), s("وصل", Fa, Connection), p("ارتباط", Fa, Connection),
    s("بازنشانی", Fa, Reset), s("قطع شد", Fa, Reset), s("قطع کرد", Fa, Reset), s("قطع اتصال", Fa, Reset),
    s("رد شد", Fa, Refused), s("خودداری کرد", Fa, Refused), s("نپذیرفت", Fa, Refused),
    s("قطع شد", Fa, Interrupted), s("متوقف", Fa, Interrupted), s("وقفه", Fa, Interrupted),
    s("ناموفق", Fa, Failed), s("شکست", Fa, Failed), w("نشد", Fa, Failed), s("نمی توان", Fa, Failed), s("نمیتوان", Fa, Failed),
    s("نتوانست", Fa, Failed), s("امکان پذیر نیست", Fa, Failed), s("ممکن نیست", Fa, Failed), s("برقرار نمی شود", Fa, Failed),
    s("برقرار نمیشود", Fa, Failed),
    w("خطا", Fa, Error), s("خطای", Fa, Error), s("خطاها", Fa, Error), s("مشکل", Fa, Error), s("خراب", Fa, Error), // خطا-ب is a speech
    s("دوباره", Fa, Again), s("مجدد", Fa, Again), s("بار دیگر", Fa, Again),
    s("شبکه", Fa, Network),
    s("اینترنت", Fa, Internet),
    s("آفلاین", Fa, Offline), s("متصل نیست", Fa, Offline), s("وصل نیست", Fa, Offline), s("اتصال ندار", Fa, Offline),
    s("اتصال وجود ندارد", Fa, Offline), s("اینترنت وجود ندارد", Fa, Offline), s("بدون اتصال", Fa, Offline), s("قطع اینترنت", Fa, Offline),
    s("پروکسی", Fa, Proxy), s("پراکسی", Fa, Proxy),
    s("پیدا نشد", Fa, NotFound), s("پیدا نمی شود", Fa, NotFound), s("پیدا نمیشود", Fa, NotFound), s("یافت نشد", Fa, NotFound),
    s("وجود ندارد", Fa, NotFound),
    s("آدرس", Fa, Address), s("نشانی", Fa, Address), s("میزبان", Fa, Address), s("نام دامنه", Fa, Address),
    s("گواهی", Fa, Certificate),
    s("امن", Fa, Secure), s("ایمن", Fa, Secure), s("ناامن", Fa, Secure), s("خصوصی نیست", Fa, Secure),
    s("ساعت سیستم", Fa, Clock), s("ساعت شما", Fa, Clock), s("ساعت دستگاه", Fa, Clock), s("ساعت رایانه", Fa, Clock),
    s("تاریخ و زمان", Fa, Clock), // ساعت alone is also "hour"
    s("نادرست", Fa, Wrong), s("اشتباه", Fa, Wrong), s("درست نیست", Fa, Wrong), s("جلو است", Fa, Wrong), s("عقب است", Fa, Wrong),
    s("نامعتبر", Fa, Invalid), s("معتبر نیست", Fa, Invalid), s("غیرمعتبر", Fa, Invalid), s("غیر معتبر", Fa, Invalid),
    s("نادرست", Fa, Invalid),
    s("منقضی", Fa, Expired), s("انقضا", Fa, Expired), s("به پایان رسید", Fa, Expired), s("پایان یافت", Fa, Expired),
    s("نشست", Fa, Session), s("جلسه", Fa, Session),
    s("ورود به سیستم", Fa, SignIn), s("ورود به حساب", Fa, SignIn), s("ورود مجدد", Fa, SignIn), s("وارد شوید", Fa, SignIn),
    s("وارد حساب", Fa, SignIn), s("دوباره وارد", Fa, SignIn), s("احراز هویت", Fa, SignIn), s("لاگین", Fa, SignIn),
    s("از حساب خارج", Fa, SignIn), s("از سیستم خارج", Fa, SignIn),
    s("کلید", Fa, Key), s("توکن", Fa, Key), s("اعتبارنامه", Fa, Key),
    s("غیرمجاز", Fa, Unauthorized), s("غیر مجاز", Fa, Unauthorized), s("اجازه ندار", Fa, Unauthorized), s("مجوز ندار", Fa, Unauthorized),
    s("مجاز نیست", Fa, Unauthorized), s("را ندارید", Fa, Unauthorized), // اجازه ... را ندارید: the negation ends the clause
    s("رد شد", Fa, Denied), s("ممنوع", Fa, Denied), s("دسترسی ندار", Fa, Denied),
    s("دسترسی", Fa, Access), // "در دسترس نیست" (unavailable) is not an access
    s("کانتکست", Fa, Context), s("طول زمینه", Fa, Context), s("پنجره زمینه", Fa, Context),
    s("طول پیام", Fa, Length), s("طول متن", Fa, Length), s("حداکثر طول", Fa, Length), s("اندازه", Fa, Length), s("حجم", Fa, Length),
    s("نویسه", Fa, Length), s("کاراکتر", Fa, Length),
    s("طولانی", Fa, Long), s("طول کشید", Fa, Long),
    s("بزرگ", Fa, Large),
    s("بیش از حد", Fa, Too), s("بیش از اندازه", Fa, Too),
    s("بیش از حد", Fa, TooMany), s("تعداد زیاد", Fa, TooMany), s("زیادی", Fa, TooMany),
    s("محدود", Fa, Limit), s("سقف", Fa, Limit), s("حداکثر", Fa, Limit), s("حد مجاز", Fa, Limit), w("حد", Fa, Limit),
    s("فراتر", Fa, Exceeded), s("تجاوز", Fa, Exceeded), s("رسیده اید", Fa, Exceeded), s("رسیدید", Fa, Exceeded),
    s("رسیده است", Fa, Exceeded), s("بیشتر است", Fa, Exceeded), s("تمام شد", Fa, Exceeded),
    s("سهمیه", Fa, Quota),
    s("درخواست", Fa, Requests),
    s("پیام", Fa, Messages),
    s("میزان استفاده", Fa, Usage), s("مصرف", Fa, Usage),
    s("در ساعت", Fa, PerTime), s("در دقیقه", Fa, PerTime), s("در روز", Fa, PerTime), s("در ماه", Fa, PerTime), s("روزانه", Fa, PerTime),
    s("ماهانه", Fa, PerTime),
    s("مکرر", Fa, Frequent), s("خیلی سریع", Fa, Frequent), s("پشت سر هم", Fa, Frequent),
    s("سرور", Fa, Server), s("سرویس", Fa, Server), s("خدمات", Fa, Server),
    s("مشغول", Fa, Busy), s("شلوغ", Fa, Busy), s("بار زیاد", Fa, Busy), s("بار سنگین", Fa, Busy), s("ترافیک بالا", Fa, Busy),
    s("ازدحام", Fa, Busy), s("تقاضای بالا", Fa, Busy),
    s("ظرفیت", Fa, Capacity),
    s("منطقه", Fa, Region), s("مناطق", Fa, Region), s("کشور", Fa, Region), s("موقعیت مکانی", Fa, Region), s("جغرافیایی", Fa, Region),
    s("در دسترس نیست", Fa, Unavailable), s("در دسترس نمی", Fa, Unavailable), s("غیرقابل دسترس", Fa, Unavailable),
    s("پشتیبانی نمی", Fa, Unavailable), s("پشتیبانی نشده", Fa, Unavailable), s("کار نمی کند", Fa, Unavailable),
    s("ارائه نمی شود", Fa, Unavailable), s("موجود نیست", Fa, Unavailable),
    s("مهلت", Fa, Timeout), s("زمان انتظار", Fa, Timeout), s("تایم اوت", Fa, Timeout), s("پاسخ نمی دهد", Fa, Timeout),
    s("پاسخ نمیدهد", Fa, Timeout),
    s("استریم", Fa, Stream), s("جریان پاسخ", Fa, Stream),
    s("پاسخ", Fa, Response), s("جواب", Fa, Response), s("تولید", Fa, Response),
    s("بعدا", Fa, Later), s("کمی بعد", Fa, Later), s("چند دقیقه دیگر", Fa, Later), s("فرصت دیگری", Fa, Later), s("منتظر بمانید", Fa, Later),
    s("صبر کنید", Fa, Later),
    s("تعمیر", Fa, Maintenance), s("در حال نگهداری", Fa, Maintenance), s("نگهداری سرور", Fa, Maintenance),
    s("تغییر مسیر", Fa, Redirect), s("هدایت", Fa, Redirect),
    s("حلقه", Fa, Loop),
    s("انسان هستید", Fa, Human), s("ربات", Fa, Human), s("کپچا", Fa, Human),
    s("تأیید", Fa, Verify), s("بررسی", Fa, Verify), s("اثبات", Fa, Verify),
    s("مسدود", Fa, Blocked), s("بلاک", Fa, Blocked), s("تحریم", Fa, Blocked), s("محدود شد", Fa, Blocked), s("معلق", Fa, Blocked),
    s("فیلتر شد", Fa, Blocked),
    s("لازم", Fa, Required), s("نیاز", Fa, Required), s("الزامی", Fa, Required), w("باید", Fa, Required),
];
