//! Arabic: the words of error messages, from general usage (a bilingual dictionary's senses of
//! each word) and the vocabulary of Chromium 156's Arabic locale pack (ar.pak: the network error
//! pages, the certificate and clock interstitials). Arabic writes the article and the
//! conjunctions and prepositions onto the word (ال، و، ب، ل، ف: الاتصال، بالإنترنت، وللخادم), and
//! pronouns after it (اتصالك، جلستك): the core words are parts, matched inside the written word,
//! and each part is at least three letters or a phrase, so that it is specific. Text is folded
//! (أ إ آ → ا, ي ى → ی, ك → ک, short vowels, shadda and tanween dropped), so `لاحقًا` reads
//! لاحقا too and `تعذر` reads تعذّر. Two-letter words (حد) are whole words: inside a word they are
//! other words (واحد). جدًا is "very" as often as "too", and كبير is in any answer: "too" is
//! read after long and large only (طويلة جدًا، كبير جدًا), and size by حجم.
use super::super::Concept::*;
use super::super::{p, w, LexRow};
use crate::signals::Lang::Ar;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    p("اتصال", Ar, Connection), p("متصل", Ar, Connection),
    p("إعادة ضبط", Ar, Reset), p("إعادة تعيين", Ar, Reset), p("أغلق", Ar, Reset), p("انقطع", Ar, Reset), p("تم قطع", Ar, Reset),
    p("فقدان", Ar, Reset),
    p("رفض", Ar, Refused),
    p("انقطع", Ar, Interrupted), p("انقطاع", Ar, Interrupted), p("تم إيقاف", Ar, Interrupted),
    p("فشل", Ar, Failed), p("تعذر", Ar, Failed), p("لا يمكن", Ar, Failed), p("لم يتمكن", Ar, Failed), p("لم نتمكن", Ar, Failed),
    p("غير قادر", Ar, Failed),
    w("خطأ", Ar, Error), w("الخطأ", Ar, Error), p("أخطاء", Ar, Error), // خطا is inside خطاب (a speech)
    p("مشكل", Ar, Error), p("مشاكل", Ar, Error), p("تعطل", Ar, Error),
    p("مرة أخرى", Ar, Again), p("إعادة المحاولة", Ar, Again), p("أعد المحاولة", Ar, Again), p("مجددًا", Ar, Again),
    p("شبك", Ar, Network),
    p("إنترنت", Ar, Internet),
    p("غير متصل", Ar, Offline), p("لا يوجد اتصال", Ar, Offline), p("لا يتوفر اتصال", Ar, Offline), p("عدم الاتصال", Ar, Offline),
    p("دون اتصال", Ar, Offline),
    p("خادم وكيل", Ar, Proxy), p("خادم الوكيل", Ar, Proxy), p("خادم وسيط", Ar, Proxy), p("بروكسي", Ar, Proxy), // وكيل alone is an (AI) agent
    p("أسماء النطاقات", Ar, Dns),
    p("لم يتم العثور", Ar, NotFound), p("تعذر العثور", Ar, NotFound), p("لا يمكن العثور", Ar, NotFound), p("غير موجود", Ar, NotFound),
    p("عنوان", Ar, Address), p("المضيف", Ar, Address), p("اسم النطاق", Ar, Address),
    p("شهاد", Ar, Certificate),
    p("غير آمن", Ar, Secure), p("اتصال آمن", Ar, Secure), p("اتصالاً آمنًا", Ar, Secure), p("الأمان", Ar, Secure), p("آمنة", Ar, Secure),
    p("تشفير", Ar, Secure),
    p("ساعتك", Ar, Clock), p("ساعة الجهاز", Ar, Clock), p("ساعة النظام", Ar, Clock), p("التاريخ والوقت", Ar, Clock),
    p("توقيت الجهاز", Ar, Clock),
    p("غير صحيح", Ar, Wrong), p("خاطئ", Ar, Wrong), p("متقدم عن", Ar, Wrong), p("متأخر عن", Ar, Wrong), p("متقدمة عن", Ar, Wrong),
    p("متأخرة عن", Ar, Wrong),
    p("غير صالح", Ar, Invalid), p("غير صحيح", Ar, Invalid),
    p("انتهت صلاحية", Ar, Expired), p("انتهت الصلاحية", Ar, Expired), p("انتهاء صلاحية", Ar, Expired), p("منتهي", Ar, Expired),
    p("لم يعد صالح", Ar, Expired), p("انتهت الجلسة", Ar, Expired),
    p("جلسة", Ar, Session), p("جلست", Ar, Session), p("تسجيل الخروج", Ar, Session), // جلس alone: مجلس (a council)
    p("تسجيل الدخول", Ar, SignIn), p("سجّل الدخول", Ar, SignIn), p("تسجيل دخول", Ar, SignIn), p("سجل دخول", Ar, SignIn),
    p("مصادقة", Ar, SignIn), p("تسجيل الخروج", Ar, SignIn),
    p("مفتاح", Ar, Key), p("رمز الوصول", Ar, Key), p("رمز مميز", Ar, Key), p("الرمز المميز", Ar, Key), p("بيانات الاعتماد", Ar, Key),
    p("توكن", Ar, Key),
    p("غير مصرح", Ar, Unauthorized), p("غير مخول", Ar, Unauthorized), p("ليس لديك إذن", Ar, Unauthorized),
    p("ليس لديك صلاحي", Ar, Unauthorized), p("لا تملك صلاحي", Ar, Unauthorized), p("لا يسمح", Ar, Unauthorized),
    p("غير مسموح", Ar, Unauthorized),
    p("مرفوض", Ar, Denied), p("ممنوع", Ar, Denied), p("رفض", Ar, Denied), p("محظور", Ar, Denied),
    p("وصول", Ar, Access), p("رفض الدخول", Ar, Access),
    p("سياق", Ar, Context),
    p("طول", Ar, Length), p("حجم", Ar, Length), p("أحرف", Ar, Length),
    p("طويل", Ar, Long), p("أطول", Ar, Long),
    p("أكبر من", Ar, Large), p("حجم كبير", Ar, Large), p("ضخم", Ar, Large), // كبير (جدًا) is "(very) big" in any answer: not alone
    p("طويل جدًا", Ar, Too), p("طويلة جدًا", Ar, Too), p("كبير جدًا", Ar, Too), p("كبيرة جدًا", Ar, Too), p("للغاية", Ar, Too),
    p("أكثر من اللازم", Ar, Too), // جدًا alone is "very" as often as "too": only after long and large
    p("كثيرة جدًا", Ar, TooMany), p("كثير جدًا", Ar, TooMany), p("عدد كبير من", Ar, TooMany), p("عددًا كبيرًا", Ar, TooMany),
    p("الكثير من", Ar, TooMany),
    w("حد", Ar, Limit), w("الحد", Ar, Limit), p("حدود", Ar, Limit), p("أقصى", Ar, Limit), p("قيود", Ar, Limit),
    p("تجاوز", Ar, Exceeded), p("بلوغ", Ar, Exceeded), p("وصلت إلى", Ar, Exceeded), p("نفد", Ar, Exceeded),
    p("حصة", Ar, Quota),
    p("طلب", Ar, Requests),
    p("رسالة", Ar, Messages), p("رسائل", Ar, Messages), p("رسالت", Ar, Messages),
    p("استخدام", Ar, Usage), p("استهلاك", Ar, Usage),
    p("في الساعة", Ar, PerTime), p("في الدقيقة", Ar, PerTime), p("في اليوم", Ar, PerTime), p("في الشهر", Ar, PerTime),
    p("يومي", Ar, PerTime), p("شهري", Ar, PerTime), p("كل ساعة", Ar, PerTime),
    p("متكرر", Ar, Frequent), p("بسرعة كبيرة", Ar, Frequent), p("تكرار الطلبات", Ar, Frequent),
    p("خادم", Ar, Server), p("خوادم", Ar, Server), p("خدمة", Ar, Server), p("خدمات", Ar, Server),
    p("مشغول", Ar, Busy), p("حمل زائد", Ar, Busy), p("حمل الزائد", Ar, Busy), p("ازدحام", Ar, Busy), p("مزدحم", Ar, Busy),
    p("ضغط كبير", Ar, Busy), p("الطلب المرتفع", Ar, Busy),
    w("سعة", Ar, Capacity), w("السعة", Ar, Capacity), p("استيعاب", Ar, Capacity),
    p("منطقة", Ar, Region), p("منطقتك", Ar, Region), p("مناطق", Ar, Region), p("بلد", Ar, Region), p("دولة", Ar, Region),
    p("دولتك", Ar, Region), w("الدول", Ar, Region), p("جغرافي", Ar, Region),
    p("غير متاح", Ar, Unavailable), p("غير متوفر", Ar, Unavailable), p("غير متوافر", Ar, Unavailable), p("غير مدعوم", Ar, Unavailable),
    p("لا يدعم", Ar, Unavailable), p("لا يمكن الوصول", Ar, Unavailable), p("تعذر الوصول", Ar, Unavailable), p("لا يعمل", Ar, Unavailable),
    p("خارج الخدمة", Ar, Unavailable), p("لا يتوفر", Ar, Unavailable),
    p("مهلة", Ar, Timeout), p("نفاد الوقت", Ar, Timeout), p("لا يستجيب", Ar, Timeout), p("لم يستجب", Ar, Timeout),
    p("البث", Ar, Stream), p("تدفق", Ar, Stream),
    p("استجابة", Ar, Response), w("الرد", Ar, Response), p("إجابة", Ar, Response), p("توليد", Ar, Response),
    p("لاحقًا", Ar, Later), p("وقت لاحق", Ar, Later), p("بعد قليل", Ar, Later), p("بعد بضع", Ar, Later), p("انتظر", Ar, Later),
    p("صيانة", Ar, Maintenance),
    p("إعادة توجيه", Ar, Redirect), p("إعادة التوجيه", Ar, Redirect), p("توجيهك", Ar, Redirect),
    p("حلقة", Ar, Loop),
    p("أنك إنسان", Ar, Human), p("روبوت", Ar, Human), p("كابتشا", Ar, Human),
    p("تحقق", Ar, Verify), p("تأكيد", Ar, Verify), p("إثبات", Ar, Verify),
    p("حظر", Ar, Blocked), p("محجوب", Ar, Blocked), p("حجب", Ar, Blocked), p("مقيد", Ar, Blocked), p("تقييد", Ar, Blocked),
    p("مطلوب", Ar, Required), w("يجب", Ar, Required), p("يتطلب", Ar, Required), p("ضروري", Ar, Required),
];
