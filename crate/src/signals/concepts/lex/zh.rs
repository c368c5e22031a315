//! Chinese, Simplified and Traditional in one table: the words of error messages, from general
//! usage (a bilingual dictionary's senses of each word, with the mainland, Taiwan and Hong Kong
//! terms: 网络/網路/網絡, 服务器/伺服器/服務器, 证书/憑證, 密钥/金鑰) and the vocabulary of
//! Chromium 156's zh-CN and zh-TW locale packs (their network, certificate and sign-in strings)
//! and lobehub/lobe-chat's zh-CN and zh-TW locales. Chinese is written without spaces, so every
//! row is a Part of two characters or more; negation is written into the word (无法, 不可用,
//! 找不到, 未授权). ASCII names (DNS, SSL, API, Key, proxy) are read by the English lexicon.
use super::super::Concept::*;
use super::super::{p, LexRow};
use crate::signals::Lang::Zh;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    p("连接", Zh, Connection), p("連接", Zh, Connection), p("连线", Zh, Connection), p("連線", Zh, Connection),
    p("断开", Zh, Connection), p("斷開", Zh, Connection), p("连不上", Zh, Connection), p("连上", Zh, Connection), p("連上", Zh, Connection), p("連不上", Zh, Connection),
    p("重置", Zh, Reset), p("重設", Zh, Reset), p("断开", Zh, Reset), p("斷開", Zh, Reset), p("断线", Zh, Reset), p("斷線", Zh, Reset),
    p("已关闭", Zh, Reset), p("已關閉", Zh, Reset), p("丢失", Zh, Reset), p("丟失", Zh, Reset),
    p("拒绝", Zh, Refused), p("拒絕", Zh, Refused),
    p("中断", Zh, Interrupted), p("中斷", Zh, Interrupted), p("终止", Zh, Interrupted), p("終止", Zh, Interrupted),
    p("截断", Zh, Interrupted), p("截斷", Zh, Interrupted),
    p("失败", Zh, Failed), p("失敗", Zh, Failed), p("无法", Zh, Failed), p("無法", Zh, Failed), p("未能", Zh, Failed),
    p("连不上", Zh, Failed), p("連不上", Zh, Failed),
    p("错误", Zh, Error), p("錯誤", Zh, Error), p("出错", Zh, Error), p("出錯", Zh, Error), p("异常", Zh, Error), p("異常", Zh, Error),
    p("故障", Zh, Error), p("报错", Zh, Error), p("報錯", Zh, Error), p("出现问题", Zh, Error), p("出現問題", Zh, Error),
    p("出了点问题", Zh, Error), p("出了點問題", Zh, Error),
    p("重试", Zh, Again), p("重試", Zh, Again), p("再试", Zh, Again), p("再試", Zh, Again), p("再次", Zh, Again), p("重新", Zh, Again),
    p("网络", Zh, Network), p("網路", Zh, Network), p("網絡", Zh, Network),
    p("互联网", Zh, Internet), p("互聯網", Zh, Internet), p("網際網路", Zh, Internet), p("上网", Zh, Internet), p("上網", Zh, Internet),
    p("离线", Zh, Offline), p("離線", Zh, Offline), p("断网", Zh, Offline), p("斷網", Zh, Offline), p("未连接", Zh, Offline), p("未連接", Zh, Offline),
    p("没有网络", Zh, Offline), p("沒有網路", Zh, Offline), p("沒有網際網路", Zh, Offline),
    p("代理", Zh, Proxy), // the word for a proxy server; an AI agent is mostly 智能体/智能體
    p("域名解析", Zh, Dns), p("網域名稱", Zh, Dns),
    p("找不到", Zh, NotFound), p("未找到", Zh, NotFound), p("无法找到", Zh, NotFound), p("無法找到", Zh, NotFound), p("不存在", Zh, NotFound),
    p("地址", Zh, Address), p("位址", Zh, Address), p("主机", Zh, Address), p("主機", Zh, Address),
    p("证书", Zh, Certificate), p("證書", Zh, Certificate), p("憑證", Zh, Certificate),
    p("安全连接", Zh, Secure), p("安全連線", Zh, Secure), p("安全連接", Zh, Secure), p("私密连接", Zh, Secure),
    p("时钟", Zh, Clock), p("時鐘", Zh, Clock), p("系统时间", Zh, Clock), p("系統時間", Zh, Clock), p("日期和时间", Zh, Clock), p("日期和時間", Zh, Clock),
    p("不正确", Zh, Wrong), p("不正確", Zh, Wrong), p("错误", Zh, Wrong), p("錯誤", Zh, Wrong), p("有误", Zh, Wrong), p("有誤", Zh, Wrong),
    p("快了", Zh, Wrong), p("慢了", Zh, Wrong), p("過快", Zh, Wrong), p("過慢", Zh, Wrong),
    p("无效", Zh, Invalid), p("無效", Zh, Invalid), p("非法", Zh, Invalid),
    p("过期", Zh, Expired), p("過期", Zh, Expired), p("失效", Zh, Expired), p("到期", Zh, Expired),
    p("会话", Zh, Session), p("會話", Zh, Session), p("工作階段", Zh, Session), p("登录状态", Zh, Session), p("登入狀態", Zh, Session),
    p("登录", Zh, SignIn), p("登錄", Zh, SignIn), p("登入", Zh, SignIn), p("登陆", Zh, SignIn), p("认证", Zh, SignIn), p("認證", Zh, SignIn),
    p("身份验证", Zh, SignIn), p("身分驗證", Zh, SignIn), p("已登出", Zh, SignIn),
    p("密钥", Zh, Key), p("密鑰", Zh, Key), p("金鑰", Zh, Key), p("秘钥", Zh, Key), p("令牌", Zh, Key), p("凭证", Zh, Key),
    p("密码", Zh, Key), p("密碼", Zh, Key), // an access password (访问密码) stands for a key in the apps
    p("未授权", Zh, Unauthorized), p("未授權", Zh, Unauthorized), p("未经授权", Zh, Unauthorized), p("未經授權", Zh, Unauthorized),
    p("权限", Zh, Unauthorized), p("權限", Zh, Unauthorized),
    p("拒绝", Zh, Denied), p("拒絕", Zh, Denied), p("禁止", Zh, Denied), p("被拒", Zh, Denied),
    p("访问", Zh, Access), p("訪問", Zh, Access), p("存取", Zh, Access),
    p("上下文", Zh, Context),
    p("长度", Zh, Length), p("長度", Zh, Length), p("字数", Zh, Length), p("字數", Zh, Length), p("字符数", Zh, Length), p("字元數", Zh, Length),
    p("大小", Zh, Length), p("token数", Zh, Length), p("token 数", Zh, Length), p("token 限制", Zh, Length), p("token限制", Zh, Length), // English reads "tokens", not "token"
    p("过长", Zh, Long), p("過長", Zh, Long), p("太长", Zh, Long), p("太長", Zh, Long),
    p("过大", Zh, Large), p("過大", Zh, Large), p("太大", Zh, Large),
    p("过长", Zh, Too), p("過長", Zh, Too), p("太长", Zh, Too), p("太長", Zh, Too), p("过大", Zh, Too), p("過大", Zh, Too), p("太大", Zh, Too),
    p("过于", Zh, Too), p("過於", Zh, Too),
    p("过多", Zh, TooMany), p("過多", Zh, TooMany), p("太多", Zh, TooMany),
    p("限制", Zh, Limit), p("上限", Zh, Limit), p("限额", Zh, Limit), p("限額", Zh, Limit), p("限流", Zh, Limit),
    p("超过", Zh, Exceeded), p("超過", Zh, Exceeded), p("超出", Zh, Exceeded), p("超限", Zh, Exceeded), p("已达", Zh, Exceeded), p("已達", Zh, Exceeded),
    p("用完", Zh, Exceeded), p("耗尽", Zh, Exceeded), p("耗盡", Zh, Exceeded), p("触发", Zh, Exceeded), p("觸發", Zh, Exceeded),
    p("配额", Zh, Quota), p("配額", Zh, Quota), p("额度", Zh, Quota), p("額度", Zh, Quota), p("限额", Zh, Quota), p("限額", Zh, Quota),
    p("请求", Zh, Requests), p("請求", Zh, Requests), p("调用", Zh, Requests), p("調用", Zh, Requests),
    p("要求次數", Zh, Requests), p("這項要求", Zh, Requests), // zh-TW's request; not 要求 alone ("as you asked")
    p("消息", Zh, Messages), p("訊息", Zh, Messages),
    p("用量", Zh, Usage), p("使用次数", Zh, Usage), p("使用次數", Zh, Usage),
    p("每分钟", Zh, PerTime), p("每分鐘", Zh, PerTime), p("每小时", Zh, PerTime), p("每小時", Zh, PerTime), p("每天", Zh, PerTime), p("每日", Zh, PerTime),
    p("每月", Zh, PerTime),
    p("频繁", Zh, Frequent), p("頻繁", Zh, Frequent), p("太快", Zh, Frequent), p("过快", Zh, Frequent), p("過快", Zh, Frequent),
    p("频率", Zh, Frequent), p("頻率", Zh, Frequent),
    p("服务器", Zh, Server), p("伺服器", Zh, Server), p("服務器", Zh, Server), p("服务端", Zh, Server), p("服務端", Zh, Server),
    p("服务暂", Zh, Server), p("服務暫", Zh, Server), p("服务异常", Zh, Server), p("服務異常", Zh, Server), p("服务出", Zh, Server),
    p("服務出", Zh, Server), p("服务不可用", Zh, Server), p("服務不可用", Zh, Server), p("服务繁忙", Zh, Server), p("服務繁忙", Zh, Server),
    // 服务 alone is any service (我无法提供这项服务): only where it is the failing one
    p("后端", Zh, Server), p("後端", Zh, Server), p("上游", Zh, Server), p("模型", Zh, Server), p("接口", Zh, Server),
    p("繁忙", Zh, Busy), p("过载", Zh, Busy), p("過載", Zh, Busy), p("负载过高", Zh, Busy), p("負載過高", Zh, Busy),
    p("高负载", Zh, Busy), p("高負載", Zh, Busy), p("高峰", Zh, Busy), p("人数过多", Zh, Busy), p("人數過多", Zh, Busy),
    p("容量", Zh, Capacity), p("算力", Zh, Capacity),
    p("地区", Zh, Region), p("地區", Zh, Region), p("区域", Zh, Region), p("區域", Zh, Region), p("国家", Zh, Region), p("國家", Zh, Region),
    p("所在地", Zh, Region), p("所在位置", Zh, Region),
    p("不可用", Zh, Unavailable), p("无法使用", Zh, Unavailable), p("無法使用", Zh, Unavailable), p("不支持", Zh, Unavailable),
    p("不支援", Zh, Unavailable), p("未开放", Zh, Unavailable), p("未開放", Zh, Unavailable), p("未开通", Zh, Unavailable),
    p("未開通", Zh, Unavailable), p("无法提供", Zh, Unavailable), p("無法提供", Zh, Unavailable),
    p("暂停服务", Zh, Unavailable), p("暫停服務", Zh, Unavailable),
    p("超时", Zh, Timeout), p("超時", Zh, Timeout), p("逾时", Zh, Timeout), p("逾時", Zh, Timeout),
    p("流式", Zh, Stream), p("串流", Zh, Stream),
    p("响应", Zh, Response), p("響應", Zh, Response), p("回应", Zh, Response), p("回應", Zh, Response), p("回复", Zh, Response),
    p("回覆", Zh, Response), p("回答", Zh, Response), p("生成", Zh, Response),
    p("稍后", Zh, Later), p("稍後", Zh, Later), p("稍候", Zh, Later), p("过一会", Zh, Later), p("過一會", Zh, Later),
    p("维护", Zh, Maintenance), p("維護", Zh, Maintenance), p("升级中", Zh, Maintenance), p("升級中", Zh, Maintenance),
    p("重定向", Zh, Redirect), p("重新導向", Zh, Redirect), p("重導向", Zh, Redirect), p("跳转", Zh, Redirect), p("跳轉", Zh, Redirect),
    p("人机验证", Zh, Human), p("人機驗證", Zh, Human), p("真人", Zh, Human), p("不是机器人", Zh, Human), p("不是機器人", Zh, Human),
    p("是人类", Zh, Human), p("是人類", Zh, Human), // not 机器人 alone: 聊天机器人 is a chatbot
    p("验证", Zh, Verify), p("驗證", Zh, Verify), p("确认", Zh, Verify), p("確認", Zh, Verify),
    p("封锁", Zh, Blocked), p("封鎖", Zh, Blocked), p("屏蔽", Zh, Blocked), p("封禁", Zh, Blocked), p("拦截", Zh, Blocked), p("攔截", Zh, Blocked),
    p("阻止", Zh, Blocked), p("被封", Zh, Blocked), p("禁用", Zh, Blocked), p("冻结", Zh, Blocked), p("凍結", Zh, Blocked),
    p("需要", Zh, Required), p("必须", Zh, Required), p("必須", Zh, Required),
    p("循环", Zh, Loop), p("循環", Zh, Loop),
    p("组织", Zh, Admin), p("組織", Zh, Admin), p("管理员", Zh, Admin), p("管理員", Zh, Admin), p("防火墙", Zh, Admin), p("防火牆", Zh, Admin),
    p("杀毒软件", Zh, Admin), p("防病毒", Zh, Admin), p("防毒軟體", Zh, Admin), p("扩展程序", Zh, Admin), p("擴充功能", Zh, Admin), p("家长控制", Zh, Admin),
    p("家長監護", Zh, Admin), p("网管", Zh, Admin), // not 插件: a plugin of the chat app, not of the browser
];
