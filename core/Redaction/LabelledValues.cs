using System.Buffers;
using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

/// <summary>Personal data found by what it is called: where it is, its kind, and for a name the name itself.</summary>
public readonly record struct LabelledValue(int Start, int End, string Kind, string? Name = null);

/// <summary>Who the decision is about, which decides whether a 住所 is a person's home or a company's registered address.</summary>
public sealed record LabelPolicy(bool NaturalParty, bool MaskPartyName, string PartyName)
{
    public static readonly LabelPolicy Organisation = new(false, false, "");
}

/// <summary>
/// Label-driven detection, beside the shape-driven <see cref="NumberScanner"/>: the value after 身份证, 护照,
/// 港澳通行证, 手机, 联系电话, 微信, QQ, 账号, 住址 …, and the name after 委托代理人, 证人, 负责人, 经营者, 监护人,
/// 法定代表人, 曾用名, in prose, lists and Markdown table cells alike. A value is private because of its label,
/// whatever its checksum. Also licence plates and words that reveal health or
/// social assistance. Works on text folded by <see cref="TextFolding.FoldNumerals"/>.
/// </summary>
public static partial class LabelledValues
{
    private enum Reader { Id, Document, Phone, Social, Nickname, Ip, Account, Plate, Address, HomeIfPerson, HomeInBrackets, Lives, SentTo, Name, Whom, FromWhom, ComplainedBy, Counterpart, RoleName, PartyRole }

    // Longer labels first: the regex takes the first alternative that matches at the leftmost position.
    private static readonly (string Label, Reader Reader)[] Labels =
    [
        // The twelfth red team's: lists under their heading (劳动者名单：…, 涉案人员：…, 证人名单：…), read as after the role alone
        // (first here, as the longer label wins where a shorter one starts it: 证人名单 over 证人), as a field only (FieldOnlyLabels).
        ("劳动者名单", Reader.Name), ("人员名单", Reader.Name), ("证人名单", Reader.Name), ("患者名单", Reader.Name), ("员工名单", Reader.Name),
        ("职工名单", Reader.Name), ("工人名单", Reader.Name), ("学生名单", Reader.Name), ("涉案人员", Reader.Name),
        ("参保人员", Reader.Name), ("持卡人包括", Reader.Name),
        ("公民身份号码", Reader.Id), ("身份证件号码", Reader.Id), ("身分证字号", Reader.Document), ("身分证", Reader.Document), ("身份证号码", Reader.Id), ("身份证号", Reader.Id), ("身份号码", Reader.Id),
        ("身份证地址", Reader.Address), ("香港居民身份证", Reader.Document), ("澳门居民身份证", Reader.Document), ("香港身份证", Reader.Document), ("澳门身份证", Reader.Document), ("台湾身份证", Reader.Document), ("身份证", Reader.Id),
        ("往来港澳通行证", Reader.Document), ("港澳通行证", Reader.Document), ("台湾通行证", Reader.Document), ("通行证号码", Reader.Document),
        ("通行证", Reader.Document), ("台胞证", Reader.Document), ("回乡证", Reader.Document), ("护照号码", Reader.Document), ("护照号", Reader.Document),
        ("护照", Reader.Document), ("Passport No.", Reader.Document), ("passport No.", Reader.Document), ("PASSPORT NO.", Reader.Document), ("Passport", Reader.Document),
        ("永久居留身份证", Reader.Document), ("永久居留证", Reader.Document), ("居留许可", Reader.Document), ("居留证", Reader.Document),
        ("证件号码", Reader.Document), ("证件号", Reader.Document), ("居住证", Reader.Document), ("驾驶证档案编号", Reader.Document), ("驾驶证号", Reader.Document),
        // The sixth red team's: a birth certificate, a marriage certificate, a licence's file, an engine's and a vehicle's numbers.
        ("出生医学证明编号", Reader.Document), ("出生证明编号", Reader.Document), ("出生证编号", Reader.Document), ("结婚证字号", Reader.Document),
        ("结婚证号", Reader.Document), ("离婚证字号", Reader.Document), ("离婚证号", Reader.Document), ("驾照档案编号", Reader.Document),
        ("VIN码", Reader.Document), ("VIN", Reader.Document), ("发动机编号", Reader.Document),
        ("车辆识别代号", Reader.Document), ("车辆识别码", Reader.Document), ("车架号", Reader.Document), ("发动机号", Reader.Document),
        // The eighteenth red team's: a boat's registration, numbered for its owner as a vehicle's is (its name, 赣宜春渔01234, is ShipNames').
        ("船舶识别号", Reader.Document), ("船舶登记号码", Reader.Document), ("船舶登记号", Reader.Document), ("MMSI", Reader.Document),
        ("军官证号", Reader.Document), ("军官证", Reader.Document), ("士兵证", Reader.Document), ("学生证号", Reader.Document), ("学生证", Reader.Document),
        ("不动产权证号", Reader.Document), ("房产证号", Reader.Document), ("房产证", Reader.Document), ("IMEI1", Reader.Document), ("IMEI2", Reader.Document), ("IMEI", Reader.Document), ("串号", Reader.Document),
        ("低保证号", Reader.Document), ("低保证", Reader.Document), ("残疾人证号", Reader.Document), ("残疾证号", Reader.Document),
        // The seventh red team's: a forest's and a farm's certificates, numbered for their holder; 残疾人证（证号…）.
        ("林权证号", Reader.Document), ("林权证", Reader.Document), ("土地承包经营权证", Reader.Document), ("残疾人证", Reader.Document), ("残疾证", Reader.Document),
        ("驾驶员证号", Reader.Document), ("从业资格证号", Reader.Document),
        // 社保卡卡号, 骑手ID, 操作员证书编号 (the seventh red team's) before 社保卡, 骑手 and 操作员, which start them.
        ("社会保障卡卡号", Reader.Document), ("社保卡卡号", Reader.Document), ("骑手ID", Reader.Social), ("操作员证书编号", Reader.Document),
        ("社会保障卡", Reader.Document),
        ("医保卡号", Reader.Document), ("医保卡", Reader.Document), ("社保卡号", Reader.Document), ("社保卡", Reader.Document),
        // The twelfth red team's: 社保个人编号, 医保号, 准考证号, 健康证明编号 (健康证明 alone is a word: 健康证明过期).
        ("社保个人编号", Reader.Document), ("社保编号", Reader.Document), ("社保号", Reader.Document), ("医保号", Reader.Document), ("准考证号", Reader.Document),
        ("准考证", Reader.Document), ("健康证明编号", Reader.Document), ("健康证明号", Reader.Document),
        ("健康证编号", Reader.Document), ("健康证号", Reader.Document), ("医保个人编号", Reader.Document), ("医保编号", Reader.Document), ("病历号", Reader.Document), ("住院号", Reader.Document), ("门诊号", Reader.Document),
        ("手机号码", Reader.Phone), ("手机号", Reader.Phone), ("联系手机", Reader.Phone), ("手机", Reader.Phone), ("移动电话", Reader.Phone),
        ("联系电话", Reader.Phone), ("电话号码", Reader.Phone), ("固定电话", Reader.Phone), ("电话", Reader.Phone), ("联系方式", Reader.Phone),
        // Telegram before Tel: at one place the first label listed wins.
        ("座机", Reader.Phone), ("小灵通", Reader.Phone), ("固话", Reader.Phone), ("宅电", Reader.Phone), ("家庭电话", Reader.Phone), ("联系号码", Reader.Phone),
        ("tel", Reader.Phone), ("Telegram", Reader.Social), ("TEL", Reader.Phone), ("Tel", Reader.Phone), ("WhatsApp", Reader.Phone), ("Whatsapp", Reader.Phone),
        // 微信名：小甜甜 is the name a person goes by (see 昵称 below), listed before 微信, which starts it.
        ("微信昵称", Reader.Nickname), ("微信名", Reader.Nickname), ("微信ID", Reader.Social), ("微信号", Reader.Social), ("微信", Reader.Social), ("QQ昵称", Reader.Nickname), ("QQ号码", Reader.Social), ("QQ号", Reader.Social), ("QQ邮箱", Reader.Social), ("QQ", Reader.Social), ("qq", Reader.Social), ("Q Q", Reader.Social),
        ("抖音昵称", Reader.Nickname), ("快手昵称", Reader.Nickname), ("抖音号", Reader.Social), ("抖音ID", Reader.Social), ("快手号", Reader.Social), ("快手ID", Reader.Social),
        ("weixin", Reader.Social), ("Weixin", Reader.Social), ("WeiXin", Reader.Social), ("威信", Reader.Social), ("企鹅号", Reader.Social),
        ("钉钉号", Reader.Social), ("钉钉", Reader.Social), ("小红书号", Reader.Social), ("小红书ID", Reader.Social), ("小红书", Reader.Social),
        // 微博名 and 抖音名 are names people go by (read as nicknames); listed before 微博 and 抖音, which start them.
        ("微博名", Reader.Nickname), ("抖音名", Reader.Nickname), ("抖音", Reader.Social), ("快手", Reader.Social), ("视频号", Reader.Social), ("陌陌号", Reader.Social), ("陌陌", Reader.Social), ("微博", Reader.Social), ("Skype", Reader.Social), ("vx", Reader.Social), ("VX", Reader.Social),
        // How people write WeChat, QQ and shop accounts in chats: wx, V信, WeChat ID, 微 信, 扣扣, 支付宝, 淘宝ID.
        ("wx", Reader.Social), ("WX", Reader.Social), ("V信", Reader.Social), ("v信", Reader.Social), ("薇信", Reader.Social),
        // 加V：yclm888, V：yc_laomao888: WeChat as advertisements write it (V alone only before a colon).
        ("加V", Reader.Social), ("加薇", Reader.Social), ("加微", Reader.Social), ("V❤", Reader.Social), ("UID", Reader.Social),
        ("直播间ID", Reader.Social), ("京东ID", Reader.Social), ("京东账号", Reader.Social), ("加v", Reader.Social), ("V：", Reader.Social), ("V:", Reader.Social), ("v：", Reader.Social), ("v:", Reader.Social), ("WeChat ID", Reader.Social), ("WeChat", Reader.Social),
        ("微 信", Reader.Social), ("扣扣", Reader.Social), ("支付宝账号", Reader.Social), ("支付宝", Reader.Social), ("淘宝ID", Reader.Social), ("淘宝账号", Reader.Social), ("旺旺号", Reader.Social), ("旺旺", Reader.Social),
        ("IP地址", Reader.Ip), ("IP", Reader.Ip),
        // 微信昵称为“江南小王子”, 网名：春风十里: the name a person goes by online.
        ("昵称", Reader.Nickname), ("网名", Reader.Nickname), ("会员名", Reader.Nickname), ("用户名", Reader.Nickname),
        ("绰号", Reader.Nickname), ("外号", Reader.Nickname), ("小名", Reader.Nickname),
        // 车牌号：C12345, written without its province (the plate pattern below needs one).
        ("车牌号码", Reader.Plate), ("车牌号", Reader.Plate), ("车牌", Reader.Plate), ("电动车牌照", Reader.Plate), ("电动车号牌", Reader.Plate), ("牌照号", Reader.Plate), ("号牌号码", Reader.Plate), ("号牌", Reader.Plate),
        ("银行卡密码", Reader.Social), ("银行账号", Reader.Account), ("银行卡号", Reader.Account), ("银行卡", Reader.Account), ("银行账户", Reader.Account), ("账号", Reader.Account), ("帐号", Reader.Account),
        // 账户名称：张建国 (the tenth red team's) before 账户, which starts it.
        ("账户名称", Reader.Name), ("卡号", Reader.Account), ("账户", Reader.Account),
        // 开户行：中国农业银行宜春分行 1405…, 农行存折1405…, 一卡通：6230… (the eleventh red team's): the account after the bank's name.
        ("开户银行", Reader.Account), ("开户行", Reader.Account), ("存折", Reader.Account), ("一卡通", Reader.Account),
        // Q：12345678, 企鹅：…, TG：…, 飞机号, 闲鱼号 …; a password is masked as the account it opens (密码：123456).
        ("Q：", Reader.Social), ("Q:", Reader.Social), ("Q号", Reader.Social), ("企鹅：", Reader.Social), ("扣：", Reader.Social), ("TG：", Reader.Social), ("TG:", Reader.Social),
        ("飞机号", Reader.Social), ("Facebook", Reader.Social), ("Instagram", Reader.Social), ("Line ID", Reader.Social), ("推特", Reader.Social),
        ("闲鱼号", Reader.Social), ("闲鱼ID", Reader.Social), ("拼多多ID", Reader.Social), ("知乎ID", Reader.Social), ("B站", Reader.Social), ("Steam", Reader.Social),
        ("薇：", Reader.Social), ("威：", Reader.Social), ("登录密码", Reader.Social), ("支付密码", Reader.Social), ("密码", Reader.Social),
        ("签证号码", Reader.Document), ("签证号", Reader.Document),
        ("家庭住址", Reader.Address), ("家庭地址", Reader.Address), ("现住址", Reader.Address), ("住址", Reader.Address), ("住处", Reader.Address),
        // 原籍…, 出生地：…, 户籍在…, 常住…, 户口迁至…: where a person is from or is registered (the sixth red team's).
        ("原籍", Reader.Address), ("出生地", Reader.Address), ("户籍在", Reader.Address), ("常住", Reader.Address), ("户口已迁至", Reader.Address),
        ("户口迁至", Reader.Address), ("户籍地址", Reader.Address), ("户籍所在地", Reader.Address), ("户籍地", Reader.Address), ("户籍", Reader.Address),
        ("户口所在地", Reader.Address), ("户口地址", Reader.Address),
        ("籍贯", Reader.Address), ("现居住地", Reader.Address), ("经常居住地", Reader.Address), ("居住地址", Reader.Address), ("居住地", Reader.Address),
        // 居所：…, 暂居于…, 户口在…: the fourth red team's; 送达地点 is read like 送达地址.
        ("居所", Reader.Address), ("现居地", Reader.Address), ("暂居于", Reader.Lives), ("暂居在", Reader.Lives), ("户口在", Reader.Lives),
        ("送达地点", Reader.HomeIfPerson),
        ("暂住证", Reader.Document), ("暂住地", Reader.Address), ("暂住", Reader.Address), ("现住", Reader.Address), ("家住", Reader.Address),
        ("住所地", Reader.HomeIfPerson), ("住所", Reader.HomeIfPerson),
        ("联系地址", Reader.HomeIfPerson), ("通讯地址", Reader.HomeIfPerson), ("送达地址", Reader.HomeIfPerson),
        // Where a buyer had goods sent is a person's (a shop's customers); where the party sent them from is its own.
        ("收货地址", Reader.Address), ("收件地址", Reader.Address), ("寄件地址", Reader.HomeIfPerson),
        // 快递寄往宜春市…3栋501室: where goods were sent, when it is a home (not a laboratory the samples went to).
        ("寄往", Reader.SentTo), ("寄送至", Reader.SentTo), ("邮寄至", Reader.SentTo), ("快递至", Reader.SentTo), ("寄至", Reader.SentTo), ("送货至", Reader.SentTo),
        // 地址 alone: a person's only in a natural person's decision or a clause about one (收件人：…，地址：…); not a
        // business's (经营地址, 场所地址), see IsBusinessAddress.
        ("地址", Reader.HomeIfPerson),
        // 在其家中（宜春市…）存放, 在其住宅（…）内: a home given as the scene, in brackets straight after the word.
        ("住宅位于", Reader.Lives), ("家位于", Reader.Lives), ("的家在", Reader.Lives), ("的住房在", Reader.Lives), ("住房位于", Reader.Lives),
        ("目前住在", Reader.Address), ("目前住", Reader.Address), ("自住房屋", Reader.HomeInBrackets), ("自住房", Reader.HomeInBrackets), ("租住房屋", Reader.HomeInBrackets),
        // The eleventh red team's: 存放于其住房（…）内, 其自有房屋（…）, 在当事人老屋（…）; 我搬到了…1203室.
        ("自有房屋", Reader.HomeInBrackets), ("自有住房", Reader.HomeInBrackets), ("住房", Reader.HomeInBrackets), ("老屋", Reader.HomeInBrackets),
        ("新屋", Reader.HomeInBrackets), ("祖屋", Reader.HomeInBrackets), ("偏房", Reader.HomeInBrackets),
        ("搬到了", Reader.SentTo), ("搬到", Reader.SentTo), ("搬至", Reader.SentTo), ("搬去了", Reader.SentTo),
        ("家中", Reader.HomeInBrackets), ("家里", Reader.HomeInBrackets), ("住宅", Reader.HomeInBrackets), ("自建房内", Reader.HomeInBrackets), ("自建房", Reader.HomeInBrackets), ("家门口", Reader.HomeInBrackets),
        // The seventh red team's: 当事人自家厨房（…）, 原宅基地位于…组9号 (舒国平租住的民房（…） is read after 租住的).
        ("自家厨房", Reader.HomeInBrackets), ("自家房屋", Reader.HomeInBrackets), ("自家住房", Reader.HomeInBrackets), ("自家院内", Reader.HomeInBrackets),
        // The thirteenth red team's: 在其房屋（…5组23号）内, 在其住宅楼下（…88号）, 在自家楼顶（…）, in a person's decision.
        ("其房屋", Reader.HomeInBrackets), ("其住宅楼下", Reader.HomeInBrackets), ("其住宅楼", Reader.HomeInBrackets), ("自家楼顶", Reader.HomeInBrackets),
        ("自家楼下", Reader.HomeInBrackets), ("自家门前", Reader.HomeInBrackets), ("其楼顶", Reader.HomeInBrackets),
        ("自家", Reader.HomeInBrackets),
        // The tenth red team's: a dormitory, a rented room or a house built for oneself, its address in brackets (在其宿舍（…305室）,
        // 在其出租屋（…）, 在其自建房内（…）); where goods were taken to a home (将货物送至…1203室, 寄到…).
        ("宿舍内", Reader.HomeInBrackets), ("宿舍", Reader.HomeInBrackets), ("出租屋内", Reader.HomeInBrackets), ("出租屋", Reader.HomeInBrackets),
        ("出租房内", Reader.HomeInBrackets), ("出租房", Reader.HomeInBrackets), ("租房内", Reader.HomeInBrackets), ("租房", Reader.HomeInBrackets),
        ("寄到", Reader.SentTo), ("送至", Reader.SentTo), ("送到", Reader.SentTo), ("配送至", Reader.SentTo), ("配送到", Reader.SentTo),
        // The twelfth red team's: 自家宅基地（都昌县大港镇王家村12号）.
        ("宅基地位于", Reader.Lives), ("宅基地", Reader.HomeInBrackets),
        ("居住在", Reader.Lives), ("居住于", Reader.Lives), ("现居", Reader.Lives), ("老家在", Reader.Lives), ("老家", Reader.Address),
        ("租住在", Reader.Lives), ("租住于", Reader.Lives), ("租住的", Reader.Lives), ("租住", Reader.Lives),
        // 张三，男，1985年3月12日出生，住江西省宜春市…: how a decision's heading gives a person's home.
        ("住客", Reader.Name), ("住户", Reader.Name), ("住", Reader.Lives),
        ("曾用名", Reader.Name), ("别名", Reader.Name), ("又名", Reader.Name),
        ("委托代理人", Reader.Name), ("代理人", Reader.Name), ("见证人", Reader.Name), ("证人证言", Reader.Name), ("证人", Reader.Name), ("监护人", Reader.Name),
        // 联系人/电话：龙海波/139…: the longer label first, or 联系人 wins and reads "/电话" as the name.
        ("联系人及电话", Reader.Name), ("联系人/电话", Reader.Name), ("联系人", Reader.Name), ("被询问人", Reader.Name), ("陈述人", Reader.Name), ("家属", Reader.Name),
        // Family members, often children: 其子王小红, 其女儿李某, 未成年人张某.
        ("未成年人", Reader.Name), ("名叫", Reader.Name), ("自称叫", Reader.Name), (",叫", Reader.Name), ("自称", Reader.Name), ("其女儿", Reader.Name), ("其儿子", Reader.Name), ("其妻子", Reader.Name), ("其丈夫", Reader.Name),
        ("其子", Reader.Name), ("其女", Reader.Name), ("之子", Reader.Name), ("之女", Reader.Name), ("其妻", Reader.Name), ("其夫", Reader.Name),
        ("儿子", Reader.Name), ("女儿", Reader.Name), ("孙子", Reader.Name), ("孙女", Reader.Name), ("妻子", Reader.Name), ("丈夫", Reader.Name),
        // 其父母联系方式: the parents, not 其父 and a name 母联 (published as 其父母某某系方式).
        ("配偶", Reader.Name), ("其父母", Reader.Name), ("其父亲", Reader.Name), ("其母亲", Reader.Name), ("其父", Reader.Name), ("其母", Reader.Name), ("父亲", Reader.Name),
        ("母亲", Reader.Name), ("哥哥", Reader.Name), ("弟弟", Reader.Name), ("姐姐", Reader.Name), ("妹妹", Reader.Name),
        // The party's staff, named where they served or spoke: 店员赵小燕称…, 收银员钱多多证实….
        ("店员", Reader.Name), ("营业员", Reader.Name), ("收银员", Reader.Name), ("服务员", Reader.Name), ("销售员", Reader.Name),
        ("员工", Reader.Name), ("雇员", Reader.Name), ("雇工", Reader.Name), ("店长", Reader.Name), ("厨师长", Reader.Name), ("厨师", Reader.Name), ("帮工", Reader.Name),
        ("财务人员", Reader.Name), ("会计", Reader.Name), ("出纳", Reader.Name), ("技术员", Reader.Name), ("保安员", Reader.Name), ("保安", Reader.Name),
        ("驾驶员", Reader.Name), ("司机", Reader.Name), ("洗碗工", Reader.Name), ("配菜员", Reader.Name), ("厨工", Reader.Name),
        // The nineteenth red team's: more trades and guests named in prose (学徒工 before 学徒, which hid it).
        ("学徒工", Reader.Name), ("推销员", Reader.Name), ("兼职人员", Reader.Name), ("实习生", Reader.Name), ("就餐人员", Reader.Name),
        ("食用者", Reader.Name), ("化验员", Reader.Name), ("制表人", Reader.Name), ("报名人", Reader.Name), ("网友", Reader.Name),
        ("学徒", Reader.Name), ("毕业生", Reader.Name), ("木匠", Reader.Name), ("保洁员", Reader.Name), ("保姆", Reader.Name), ("护工", Reader.Name), ("快递员", Reader.Name),
        ("配送员", Reader.Name), ("外卖员", Reader.Name), ("骑手", Reader.Name),
        ("帮厨", Reader.Name), ("从业人员", Reader.Name), ("业务员", Reader.Name), ("采购员", Reader.Name),
        ("导购员", Reader.Name), ("导购", Reader.Name), ("促销员", Reader.Name), ("主管", Reader.Name), ("经理", Reader.Name),
        ("店主", Reader.Name), ("老板娘", Reader.Name), ("老板", Reader.Name), ("实际经营人", Reader.Name), ("个体户", Reader.Name), ("商贩", Reader.Name),
        // 分包给个人黄建明 (the fifteenth red team's); 个人信息, 个人卫生, 个人名义 are words, not names (IsCommonWord, EverydayStarts).
        ("个人", Reader.Name),
        ("电工", Reader.Name), ("焊工", Reader.Name), ("维修工", Reader.Name), ("作业人员", Reader.Name), ("承运人", Reader.Name), ("押运员", Reader.Name),
        ("上网人员", Reader.Name), ("童工", Reader.Name),
        // The fourth red team's: 学徒牛小明 (above), 担保人：…, 知情人…, 驾驶人…, 男朋友….
        ("担保人", Reader.Name), ("知情人", Reader.Name), ("代收人", Reader.Name), ("转交人", Reader.Name),
        ("驾驶人", Reader.Name), ("操作人员", Reader.Name), ("同案人员", Reader.Name), ("同案人", Reader.Name), ("挂靠人", Reader.Name), ("实际出资人", Reader.Name),
        ("男朋友", Reader.Name), ("女朋友", Reader.Name), ("小舅子", Reader.Name), ("师父", Reader.Name), ("发小", Reader.Name),
        // The seventeenth red team's: who endorsed or sold on camera (代言人刘海波, 网红刘海波（抖音号：…）), who checked the goods in or kept
        // the books (验收人：…, 记账人…), who sent the money (转账人：刘海波 转账金额：…).
        ("代言人", Reader.Name), ("网红", Reader.Name), ("验收人", Reader.Name), ("记账人", Reader.Name), ("转账人", Reader.Name),
        // More of a business's staff, as red teams found them in real shapes: 售货员刘芳, 厂长李卫东, 摊主杨桂花, 食品安全管理员：….
        ("售货员", Reader.Name), ("董事长", Reader.Name), ("总经理", Reader.Name), ("厂长", Reader.Name), ("摊主", Reader.Name), ("站长", Reader.Name),
        ("安全员", Reader.Name), ("园长", Reader.Name), ("校长", Reader.Name), ("主任", Reader.Name), ("网管", Reader.Name),
        ("食品安全管理员", Reader.Name), ("管理员", Reader.Name), ("安全管理人员", Reader.Name), ("管理人员", Reader.Name), ("销售人员", Reader.Name), ("技术人员", Reader.Name), ("仓管员", Reader.Name), ("保管员", Reader.Name),
        ("质检员", Reader.Name), ("炊事员", Reader.Name), ("调度员", Reader.Name), ("检验员", Reader.Name), ("老师", Reader.Name),
        ("教练员", Reader.Name), ("教练", Reader.Name), ("理发师", Reader.Name), ("美容师", Reader.Name), ("导游", Reader.Name), ("律师", Reader.Name),
        // Customers and those a form names: 用户刘芳, 乘客…, 受托人：…, 被检查人：…, 陪同人员：….
        ("用户", Reader.Name), ("游客", Reader.Name), ("乘客", Reader.Name), ("病人", Reader.Name), ("户主", Reader.Name), ("老乡", Reader.Name),
        ("被委托人", Reader.Name), ("受托人", Reader.Name), ("受送达人", Reader.Name), ("被检查人", Reader.Name), ("被调查人", Reader.Name), ("陪同人员", Reader.Name),
        ("在场人员", Reader.Name), ("听证申请人", Reader.Name), ("报案人", Reader.Name), ("反映人", Reader.Name),
        // Signatures on a record: 被询问人签名：刘芳, 当事人签字：陈建华 (an officer's, after 执法人员, is public).
        ("签名", Reader.Name), ("签字人", Reader.Name), ("签字", Reader.Name),
        // Clinics and pharmacies: 执业医师, 乡村医生, 护士 (驻店药师 ends in 药师, below).
        ("执业医师", Reader.Name), ("医师", Reader.Name), ("乡村医生", Reader.Name), ("医生", Reader.Name), ("护士长", Reader.Name), ("护士", Reader.Name),
        // Asked by name: 姓名：李春生, 证人姓名：…, 其真实姓名为…, 答：我叫….
        ("姓名", Reader.Name), ("我叫", Reader.Name), ("我是", Reader.Name), ("本人", Reader.Name), ("患儿", Reader.Name), ("经营户", Reader.Name),
        ("居民", Reader.Name), ("名字叫", Reader.Name), ("一个叫", Reader.Name), ("他叫", Reader.Name), ("她叫", Reader.Name),
        // The tenth red team's answers: 我妈叫李秀英, 送货的叫刘海波, 他的名字是刘海波.
        ("我妈叫", Reader.Name), ("我爸叫", Reader.Name), ("妈妈叫", Reader.Name), ("爸爸叫", Reader.Name), ("的叫", Reader.Name), ("那个人叫", Reader.Name), ("这个人叫", Reader.Name),
        ("名字是", Reader.Name),
        // 刘总就是刘海洋，…; 租的邓国良的房子: a name as an answer, whose premises (WhomFits).
        ("就是", Reader.Whom), ("租的", Reader.Whom),
        // Whom goods or money went to or came from, or who was taken on: 卖给李春生, 转账至李春生名下, 从李春生处购进, 雇佣的李春生.
        ("卖给了", Reader.Name), ("售给了", Reader.Name),
        ("雇佣的", Reader.Name), ("雇用的", Reader.Name), ("聘用的", Reader.Name), ("聘请的", Reader.Name),
        ("卖给", Reader.Name), ("售给", Reader.Name), ("售予", Reader.Name), ("卖予", Reader.Name), ("转账至", Reader.Name), ("转账给", Reader.Name), ("汇款至", Reader.Name), ("汇款给", Reader.Name),
        // 出租给喻国强使用, 转让给…, 借给…: whom premises, a licence or goods were let or passed to.
        ("出租给", Reader.Name), ("转租给", Reader.Name), ("租给", Reader.Name), ("借给", Reader.Name), ("转让给", Reader.Name), ("转卖给", Reader.Name), ("赠送给", Reader.Name),
        ("从", Reader.FromWhom),
        // 与蒋文杰签订, 向蓝婷婷转账, 由龙海波、石秀英夫妇共同经营, 据王秀兰反映: the other side of a deal, who ran the
        // business or who said so, between a preposition and what was done (CounterpartVerbs).
        ("与", Reader.Counterpart), ("向", Reader.Counterpart), ("由", Reader.Counterpart), ("据", Reader.Counterpart),
        // 收到李春生的投诉, 接到李春生的举报: who complained.
        ("收到", Reader.ComplainedBy), ("接到", Reader.ComplainedBy), ("接获", Reader.ComplainedBy),
        // Who the party bought from or sold to, when a person: 供货商林志明, 卖家陈某. A company after the label is
        // not read as a name (its name runs on past a given name: 供货商江西某某有限公司).
        ("供货商", Reader.Name), ("供应商", Reader.Name), ("进货商", Reader.Name), ("批发商", Reader.Name), ("上家", Reader.Name),
        ("卖家", Reader.Name), ("买家", Reader.Name), ("货主", Reader.Name), ("介绍人", Reader.Name), ("中间人", Reader.Name),
        ("租客", Reader.Name), ("房客", Reader.Name),
        // Others a decision names: whistle-blowers and complainants above all, owners, buyers, neighbours.
        ("举报人", Reader.Name), ("投诉人", Reader.Name), ("消费者", Reader.Name), ("受害人", Reader.Name), ("被害人", Reader.Name),
        ("实际控制人", Reader.Name), ("股东", Reader.Name), ("合作方", Reader.Name), ("代签人", Reader.Name),
        // The fifth red team's: who supplied, owned, let, signed or was treated, and a real name given beside a nickname.
        ("供货人", Reader.Name), ("送货人", Reader.Name), ("提供人", Reader.Name), ("物品所有人", Reader.Name), ("所有人", Reader.Name), ("所有权人", Reader.Name), ("产权人", Reader.Name), ("使用权人", Reader.Name),
        ("出租方", Reader.Name), ("开户人", Reader.Name), ("承诺人", Reader.Name), ("说明人", Reader.Name), ("具结人", Reader.Name),
        ("就诊人", Reader.Name), ("询问对象", Reader.Name), ("面点师", Reader.Name), ("操作工", Reader.Name), ("司炉工", Reader.Name),
        ("护理员", Reader.Name), ("小工", Reader.Name), ("真名", Reader.Name), ("本名", Reader.Name), ("实名", Reader.Name),
        // 询问了刘志强、陈美华, 传唤了卞志华, 当场询问邓国良: whom officers questioned, summoned or told (a role word there,
        // 询问当事人, is no name).
        ("询问了", Reader.Whom), ("传唤了", Reader.Whom), ("约谈了", Reader.Whom), ("告知了", Reader.Whom), ("通知了", Reader.Whom),
        ("联系了", Reader.Whom), ("找到了", Reader.Whom), ("遇见了", Reader.Whom), ("询问", Reader.Whom), ("传唤", Reader.Whom), ("约谈", Reader.Whom),
        ("告知", Reader.Whom), ("组长", Reader.Name),
        // 宜春市袁州区人辛志勇, 转包给万载县人甘建明: a person named by where they are from (not 县人民政府, 区人大, 社区人员).
        ("省人", Reader.Whom), ("市人", Reader.Whom), ("县人", Reader.Whom), ("区人", Reader.Whom), ("镇人", Reader.Whom), ("乡人", Reader.Whom), ("村人", Reader.Whom), ("监事", Reader.Name), ("承包人", Reader.Name), ("合伙人", Reader.Name),
        ("业主", Reader.Name), ("出租人", Reader.Name), ("承租人", Reader.Name), ("房东", Reader.Name), ("邻居", Reader.Name),
        ("同事", Reader.Name), ("朋友", Reader.Name), ("女友", Reader.Name), ("男友", Reader.Name), ("前妻", Reader.Name), ("前夫", Reader.Name),
        // 找来同村的曾凡林帮忙, 隔壁村的肖光明买了五箱: a person by the village the person is from.
        ("同村的", Reader.Name), ("邻村的", Reader.Name), ("本村的", Reader.Name), ("外村的", Reader.Name), ("隔壁村的", Reader.Name),
        ("收货人", Reader.Name), ("收件人", Reader.Name), ("寄件人", Reader.Name), ("初中生", Reader.Name), ("高中生", Reader.Name), ("学生", Reader.Name), ("伙同", Reader.Name),
        ("其孙", Reader.Name), ("其兄", Reader.Name), ("其弟", Reader.Name), ("其姐", Reader.Name), ("其妹", Reader.Name),
        ("岳父", Reader.Name), ("岳母", Reader.Name), ("侄子", Reader.Name), ("侄女", Reader.Name), ("外甥女", Reader.Name), ("外甥", Reader.Name),
        ("继子", Reader.Name), ("继女", Reader.Name), ("之妻", Reader.Name), ("之夫", Reader.Name),
        ("兄弟", Reader.Name), ("姐妹", Reader.Name), ("亲戚", Reader.Name), ("亲属", Reader.Name),
        ("表哥", Reader.Name), ("表弟", Reader.Name), ("表姐", Reader.Name), ("表妹", Reader.Name), ("堂兄", Reader.Name), ("堂弟", Reader.Name),
        ("男孩", Reader.Name), ("女孩", Reader.Name), ("小孩", Reader.Name), ("其孩子", Reader.Name), ("家长", Reader.Name), ("外孙女", Reader.Name), ("外孙", Reader.Name),
        ("爱人", Reader.Name), ("老婆", Reader.Name), ("老公", Reader.Name), ("嫂子", Reader.Name), ("姐夫", Reader.Name), ("儿媳", Reader.Name),
        ("女婿", Reader.Name), ("小姨子", Reader.Name), ("干女儿", Reader.Name), ("干儿子", Reader.Name), ("其老伴", Reader.Name), ("老伴", Reader.Name), ("媳妇", Reader.Name), ("侄儿", Reader.Name), ("妹夫", Reader.Name),
        ("外婆", Reader.Name), ("外公", Reader.Name), ("奶奶", Reader.Name), ("爷爷", Reader.Name), ("公公", Reader.Name), ("婆婆", Reader.Name), ("舅舅", Reader.Name), ("姑姑", Reader.Name), ("叔叔", Reader.Name), ("阿姨", Reader.Name), ("同学", Reader.Name),
        ("村民", Reader.Name), ("群众", Reader.Name), ("市民", Reader.Name), ("目击者", Reader.Name), ("受害者", Reader.Name),
        ("购买者", Reader.Name), ("购买人", Reader.Name), ("下单人", Reader.Name), ("买受人", Reader.Name), ("车主", Reader.Name), ("机主", Reader.Name), ("租户", Reader.Name),
        ("第三人", Reader.Name), ("翻译人员", Reader.Name), ("主播", Reader.Name),
        // The sixth red team's: more trades, guests, relatives and the parties a contract or a form names (技师, 门卫, 住客,
        // 徒弟, 堂哥, 长子, 舅妈, 食客, 中毒者, 种植户, 船主, 连襟, 经办人, 领取人, 借款人, 乙方, 出让人, 提货人, 群主, 诉求人…; not 审批人, an official on a
        // form).
        ("推拿师傅", Reader.Name), ("推拿师", Reader.Name), ("传菜员", Reader.Name), ("洗菜工", Reader.Name), ("饲养员", Reader.Name), ("收费员", Reader.Name), ("跟车员", Reader.Name),
        ("装卸工", Reader.Name), ("搬运工", Reader.Name), ("伙计", Reader.Name), ("房主", Reader.Name), ("代购", Reader.Name), ("团长", Reader.Name),
        ("值班人员", Reader.Name), ("同居人", Reader.Name), ("未婚妻", Reader.Name), ("未婚夫", Reader.Name), ("伯父", Reader.Name), ("伯母", Reader.Name),
        // The twelfth red team's: the dead and the hurt of an accident, a newborn, a widow (死者胡长青, 遇难人员：…, 遗孀李秀梅; not
        // 婴儿, a trade's and a product's word: 婴儿游泳馆, 婴儿米粉).
        ("死者", Reader.Name), ("遇难人员", Reader.Name), ("遇难者", Reader.Name), ("罹难者", Reader.Name), ("死亡人员", Reader.Name), ("死亡者", Reader.Name),
        ("亡者", Reader.Name), ("逝者", Reader.Name), ("已故的", Reader.Name), ("新生儿", Reader.Name), ("遗孀", Reader.Name),
        ("受伤人员", Reader.Name), ("伤员", Reader.Name), ("重伤人员", Reader.Name), ("轻伤人员", Reader.Name), ("伤亡人员", Reader.Name),
        // A person named after what is masked about the person (为吸毒人员杨勇提供…, 雇佣聋哑人刘聪…): the word was masked and
        // the name beside it published.
        ("吸毒人员", Reader.Name), ("聋哑人", Reader.Name),
        ("亲家", Reader.Name), ("陪护人员", Reader.Name), ("伤者", Reader.Name), ("学员", Reader.Name), ("求职者", Reader.Name), ("乘车人", Reader.Name),
        ("托运人", Reader.Name), ("订餐人", Reader.Name), ("操作员", Reader.Name), ("屠宰户", Reader.Name), ("收购商", Reader.Name), ("体检者", Reader.Name),
        ("技师", Reader.Name), ("门卫", Reader.Name), ("前台", Reader.Name), ("徒弟", Reader.Name), ("兽医", Reader.Name),
        ("堂哥", Reader.Name), ("堂姐", Reader.Name), ("堂妹", Reader.Name), ("表叔", Reader.Name), ("长子", Reader.Name), ("次子", Reader.Name),
        ("丈母娘", Reader.Name), ("老丈人", Reader.Name), ("姑父", Reader.Name), ("婶婶", Reader.Name), ("大伯", Reader.Name),
        ("长女", Reader.Name), ("次女", Reader.Name), ("舅妈", Reader.Name), ("姨妈", Reader.Name), ("姑妈", Reader.Name), ("姨父", Reader.Name),
        ("连襟", Reader.Name), ("食客", Reader.Name), ("中毒者", Reader.Name), ("种植户", Reader.Name), ("养殖户", Reader.Name), ("船主", Reader.Name), ("船长", Reader.Name),
        // Who signed a supplier's receipt or bill: 经手人：胡美玲, 开票人 …, 制单人 … (a supplier's staff, not officials).
        ("经手人", Reader.Name), ("交款人", Reader.Name), ("开票人", Reader.Name), ("制单人", Reader.Name),
        ("劳工", Reader.Name), ("经办人", Reader.Name), ("领取人", Reader.Name), ("借款人", Reader.Name), ("欠款人", Reader.Name), ("出借人", Reader.Name), ("乙方", Reader.Name),
        ("甲方", Reader.Name), ("出让人", Reader.Name), ("受让人", Reader.Name), ("提货人", Reader.Name), ("群主", Reader.Name),
        ("诉求人", Reader.Name), ("旁听人员", Reader.Name), ("受委托人", Reader.Name), ("申请人", Reader.Name), ("现场人员", Reader.Name),
        ("来电人", Reader.Name), ("包工头", Reader.Name), ("全名", Reader.Name), ("实际为", Reader.Name), ("辨认为", Reader.Name),
        ("退给了", Reader.Name), ("退给", Reader.Name), ("发给", Reader.Name), ("打电话给", Reader.Name), ("登记在", Reader.Name),
        // Its leftovers: 车号：C5F382, 短号661238, 闲鱼账号（ID：xy_…） (folded, its bracket and colon are ASCII), 在场的韦国华, and the buyers or
        // payers a ledger names.
        ("车号", Reader.Plate), ("短号", Reader.Phone), ("(ID:", Reader.Social), ("在场的", Reader.Name),
        ("销售对象", Reader.Name), ("付款方名称", Reader.Name), ("收款方名称", Reader.Name), ("付款方", Reader.Name), ("收款方", Reader.Name), ("购货方", Reader.Name), ("购买方", Reader.Name), ("购买农户", Reader.Name),
        // The seventh red team's: those a seizure, a sample, a petition, a wage claim, a subsidy, a repair, a jab or a
        // title deed names, and more relatives (官秋生之母舒桂莲).
        ("持有人", Reader.Name), ("被抽样人", Reader.Name), ("信访人", Reader.Name), ("劳动者", Reader.Name), ("职工", Reader.Name), ("工人", Reader.Name),
        ("购机者", Reader.Name), ("运输人", Reader.Name), ("送修人", Reader.Name), ("受种者", Reader.Name), ("求美者", Reader.Name), ("参保人", Reader.Name), ("孕妇", Reader.Name), ("产妇", Reader.Name),
        ("授课教师", Reader.Name), ("教师", Reader.Name), ("家庭成员情况", Reader.Name), ("家庭成员", Reader.Name), ("购烟人", Reader.Name), ("农户", Reader.Name),
        ("承包户", Reader.Name), ("运营人", Reader.Name), ("摊贩", Reader.Name), ("群成员", Reader.Name), ("旅客", Reader.Name), ("领款人", Reader.Name),
        ("之母", Reader.Name), ("之父", Reader.Name), ("之兄", Reader.Name), ("之弟", Reader.Name), ("之姐", Reader.Name), ("之妹", Reader.Name),
        // After the seventh red team: a title deed's 权利人：冉德胜, whom the party left in charge (雇请的看店人员卞小兵), and who an
        // inquiry found did it (经查为晋德明在其家中…).
        ("权利人", Reader.Name), ("看店人员", Reader.Name), ("看店的", Reader.Name), ("经查为", Reader.Name),
        ("原住", Reader.Address), ("留存地址", Reader.Address),
        ("拖欠", Reader.Name), ("招用的", Reader.Name), ("招用", Reader.Name), ("寄件信息", Reader.Name), ("收件信息", Reader.Name), ("收货信息", Reader.Name),
        ("学号", Reader.Document), ("就诊卡号", Reader.Document), ("客户编号", Reader.Document), ("会员编号", Reader.Document),
        ("资格证书号码", Reader.Document), ("资格证书编号", Reader.Document),
        // Those a sale, a payment or a delivery names: 在场人, 户名, 收款人, 签收人, 客户, 购药人, 患者, 执业药师.
        // The ninth red team's: a contract's, a bank slip's and a form's persons (转让方：张建国, 付款人名称：…, 持卡人：…, 陈述申辩人：…);
        // a company after them stays, as after every role (受让方：宜春市华联商贸有限公司).
        ("转让方", Reader.Name), ("受让方", Reader.Name), ("承租方", Reader.Name), ("付款人名称", Reader.Name), ("收款人名称", Reader.Name),
        ("付款人姓名", Reader.Name), ("收款人姓名", Reader.Name), ("持卡人", Reader.Name), ("核对人", Reader.Name), ("陈述申辩人", Reader.Name),
        ("申辩人", Reader.Name), ("利害关系人", Reader.Name),
        // The tenth red team's: more of a contract's, a bank slip's and a form's persons (对方名称：张建国, 交易对方：…, 汇款人：…).
        ("对方名称", Reader.Name), ("交易对方名称", Reader.Name), ("交易对方", Reader.Name), ("交易对手", Reader.Name), ("客户名称", Reader.Name), ("收款人名", Reader.Name), ("委托人", Reader.Name),
        ("转让人", Reader.Name), ("出卖人", Reader.Name), ("卖方", Reader.Name), ("买方", Reader.Name), ("债权人", Reader.Name), ("债务人", Reader.Name),
        ("抵押人", Reader.Name), ("质押人", Reader.Name), ("共有人", Reader.Name), ("发货人", Reader.Name), ("订货人", Reader.Name), ("购货人", Reader.Name),
        ("售货人", Reader.Name), ("缴款人", Reader.Name), ("汇款人", Reader.Name), ("确认人", Reader.Name), ("填表人", Reader.Name),
        ("检举人", Reader.Name), ("请求人", Reader.Name), ("投保人", Reader.Name), ("被保险人", Reader.Name), ("受益人", Reader.Name),
        ("实际使用人", Reader.Name), ("使用人", Reader.Name), ("推荐人", Reader.Name), ("供货方", Reader.Name), ("销货方", Reader.Name),
        ("收款单位", Reader.Name), ("付款单位", Reader.Name), ("代理商", Reader.Name),
        // | 购货单位 | 数量 |: a buyer that is a person as often as a company (the company after it stays, as after 收款单位).
        ("购货单位", Reader.Name), ("购买单位", Reader.Name),
        ("在场人", Reader.Name), ("户名", Reader.Name), ("收款人", Reader.Name), ("付款人", Reader.Name), ("签收人", Reader.Name),
        ("客户", Reader.Name), ("顾客", Reader.Name), ("客服人员", Reader.Name), ("客服", Reader.Name), ("购药人", Reader.Name), ("患者", Reader.Name), ("药师", Reader.Name),
        // The eleventh red team's: a hearing's and a record's persons (翻译：阿依古丽, 被处罚人, 鉴定人), grassroots helpers, trades,
        // farmers, visitors from Taiwan, Hong Kong or abroad, and relatives in dialect (我老表, 堂客, 老倌, 我崽).
        ("翻译人", Reader.Name), ("翻译", Reader.Name), ("鉴定人", Reader.Name), ("评估人", Reader.Name), ("被处罚人", Reader.Name), ("听证参加人", Reader.Name),
        ("陪同检查人员", Reader.Name), ("报警人", Reader.Name), ("求助人", Reader.Name), ("咨询人", Reader.Name), ("来访人", Reader.Name),
        ("网格员", Reader.Name), ("信息员", Reader.Name), ("护林员", Reader.Name), ("协管员", Reader.Name), ("志愿者", Reader.Name), ("义工", Reader.Name), ("村支书", Reader.Name),
        // The fifteenth red team's: a village's officials, private persons unlike the agency's officers (村委会干部刘海波, 村干部…).
        ("村委会干部", Reader.Name), ("村两委干部", Reader.Name), ("村组干部", Reader.Name), ("村干部", Reader.Name), ("村书记", Reader.Name),
        ("月嫂", Reader.Name), ("家政员", Reader.Name), ("快递小哥", Reader.Name), ("派件员", Reader.Name), ("送水工", Reader.Name), ("装修工", Reader.Name),
        ("油漆工", Reader.Name), ("司磅员", Reader.Name), ("过磅员", Reader.Name), ("开票员", Reader.Name), ("理货员", Reader.Name), ("分拣员", Reader.Name),
        ("施工员", Reader.Name), ("爆破员", Reader.Name), ("叉车工", Reader.Name), ("领班", Reader.Name), ("门童", Reader.Name), ("服务生", Reader.Name),
        ("家教", Reader.Name), ("培训师", Reader.Name), ("幼师", Reader.Name), ("保育员", Reader.Name), ("放映员", Reader.Name), ("代驾", Reader.Name),
        ("渔民", Reader.Name), ("猎户", Reader.Name), ("菜农", Reader.Name), ("果农", Reader.Name), ("茶农", Reader.Name), ("养蜂人", Reader.Name), ("小贩", Reader.Name),
        ("宝妈", Reader.Name), ("船员", Reader.Name), ("船工", Reader.Name), ("矿主", Reader.Name), ("塘主", Reader.Name), ("驴友", Reader.Name), ("领队", Reader.Name),
        ("考生", Reader.Name), ("外籍人员", Reader.Name), ("外籍员工", Reader.Name), ("台胞", Reader.Name), ("港商", Reader.Name), ("台商", Reader.Name), ("外商", Reader.Name),
        ("老表", Reader.Name), ("我对象", Reader.Name), ("我男人", Reader.Name), ("婆娘", Reader.Name), ("堂客", Reader.Name), ("屋里人", Reader.Name),
        ("我女崽", Reader.Name), ("我崽", Reader.Name), ("老倌", Reader.Name), ("弟媳", Reader.Name), ("小叔子", Reader.Name), ("我家公", Reader.Name), ("我家婆", Reader.Name),
        ("继父", Reader.Name), ("继母", Reader.Name), ("后妈", Reader.Name), ("干爹", Reader.Name), ("干妈", Reader.Name), ("孩子他爸", Reader.Name), ("孩子他妈", Reader.Name),
        ("战友", Reader.Name), ("闺蜜", Reader.Name), ("师兄", Reader.Name), ("室友", Reader.Name), ("工友", Reader.Name),
        // The thirteenth red team's: wage claimants, those work was subcontracted to, suspects and accomplices, patients and
        // the insured, guards and dealers (农民工刘冬生、邓小龙反映, 分包给…自然人邹文华, 犯罪嫌疑人李华强, 同案人员刘海波).
        ("农民工代表", Reader.Name), ("农民工", Reader.Name), ("自然人", Reader.Name), ("犯罪嫌疑人", Reader.Name), ("同伙", Reader.Name),
        ("就诊者", Reader.Name), ("贩运人", Reader.Name), ("被冒名登记人", Reader.Name), ("被冒名人", Reader.Name),
        ("临时工", Reader.Name), ("屠户", Reader.Name), ("非医师人员", Reader.Name), ("男子", Reader.Name), ("女子", Reader.Name),
        ("法定代表人", Reader.RoleName), ("法人代表", Reader.RoleName), ("法人", Reader.RoleName), ("工作人员", Reader.RoleName), ("负责人", Reader.RoleName), ("经营者", Reader.RoleName), ("投资人", Reader.RoleName),
        ("当事人", Reader.PartyRole),
        // The eighteenth red team's: more persons a record names (钟点工李春兰负责…, 维权人刘德华称, 授权人：…, 被授权人：…,
        // 发现人：…, 揭发人：…), whom keys were handed to (交给了卜志华。), whom the person asked or paid (答：问过罗小梅，,
        // 给了廖建国两千), whom goods came through in an answer (答：找的刘海波。; WhomFits ends each at its clause or amount), and
        // an English form's field (Name: Liu Haibo).
        ("钟点工", Reader.Name), ("维权人", Reader.Name), ("被授权人", Reader.Name), ("授权人", Reader.Name), ("发现人", Reader.Name), ("揭发人", Reader.Name),
        ("交给了", Reader.Name), ("问过", Reader.Whom), ("给了", Reader.Whom), ("找的是", Reader.Whom), ("找的", Reader.Whom),
        ("Customer name", Reader.Name), ("Consignee", Reader.Name), ("Name", Reader.Name), ("NAME", Reader.Name),
        // Last: a label is the first of the table that matches, and these one-character ones start longer labels (经营者, 以上).
        ("和", Reader.Counterpart), ("跟", Reader.Counterpart), ("以", Reader.Counterpart), ("经", Reader.Counterpart), ("让", Reader.Counterpart),
        ("请", Reader.Counterpart), ("交给", Reader.Counterpart), ("委托", Reader.Counterpart), ("托", Reader.Counterpart),
        // The eighteenth red team's: 同谭小勇一起, 给俞晓东打了电话, 找华建军购买 (CounterpartVerbs).
        ("同", Reader.Counterpart), ("给", Reader.Counterpart), ("找", Reader.Counterpart),
    ];

    // Labels by their first character, in the order above; and those characters, for a vectorised search.
    private static readonly Dictionary<char, (string Label, Reader Reader)[]> LabelsByFirst =
        Labels.GroupBy(l => l.Label[0]).ToDictionary(g => g.Key, g => g.ToArray());
    private static readonly SearchValues<char> LabelStarts = SearchValues.Create([.. LabelsByFirst.Keys]);

    /// <summary>Each label in the text, leftmost first, and where it ends; at one place the first in <see cref="Labels"/> (the longest) wins.</summary>
    private static IEnumerable<(int Index, string Label, Reader Reader, int End)> LabelsIn(string s)
    {
        for (var i = s.AsSpan().IndexOfAny(LabelStarts); i >= 0 && i < s.Length;)
        {
            // The next label may start inside this one: 该店员工刘德胜 holds 店员 and then 员工, whose name it is.
            var next = i + 1;
            // A label spaced out before a colon wins over a one-character label it starts with (住　　址： is not 住).
            var spaced = next < s.Length && s[next] is ' ' or '\u3000' or '\u00A0';
            var matched = false;
            if (spaced)
                foreach (var (label, reader) in LabelsByFirst[s[i]])
                    if (SpacedOutBeforeColon(s, i, label) is > 0 and var end)
                    {
                        yield return (i, label, reader, end);
                        matched = true;
                        break;
                    }
            if (!matched)
                foreach (var (label, reader) in LabelsByFirst[s[i]])
                    if (string.CompareOrdinal(s, i, label, 0, label.Length) == 0)
                    {
                        yield return (i, label, reader, i + label.Length);
                        break;
                    }
            if (next >= s.Length) yield break;
            var more = s.AsSpan(next).IndexOfAny(LabelStarts);
            i = more < 0 ? -1 : next + more;
        }
    }

    /// <summary>
    /// 证　　人：, 姓　　名：, 委 托 代 理 人：: a form's label spaced out to line its colon up with the longer labels'.
    /// Read as the label only before a colon (spaced words in prose are not labels). Returns where the label ends, or 0.
    /// </summary>
    private static int SpacedOutBeforeColon(string s, int at, string label)
    {
        if (label.Length < 2 || !NameOccurrences.IsIdeograph(label[0])) return 0;
        var i = at + 1;
        for (var k = 1; k < label.Length; k++)
        {
            var spaces = 0;
            while (i < s.Length && spaces < 4 && s[i] is ' ' or '\u3000' or '\u00A0') { i++; spaces++; }
            if (i >= s.Length || s[i] != label[k]) return 0;
            i++;
        }
        var end = i;
        while (i < s.Length && i - end < 4 && s[i] is ' ' or '\u3000' or '\u00A0') i++;
        return i < s.Length && s[i] is '：' or ':' ? end : 0;
    }


    // 赣C·12345, 京A 12345, 赣 C-12345, 赣C—12345, 粤B12345D (new-energy plates have six characters after the letter).
    // 赣c12345 typed in lower case; 赣C1234学 (a driving school's), 赣C1234挂 (a trailer's).
    // Also as OCR reads them (赣C·I2345: I for 1, O for 0 in the number part), an armed police plate (WJ赣12345) and an
    // embassy's (使123456, 123456使; not a postcode before 使用: 邮编336000使用). Spaced out character by character, as a form aligns it (赣C 3 Q 5 2 8), or in two
    // groups (赣C 5F 382); OCR's O for 0 at the number's start (赣C·O5F38); a tractor's (赣09-12345).
    // The sixteenth red team's: hard-wrapped after its letter or inside its number (赣C⏎12345, 赣C12⏎345).
    [GeneratedRegex("(?<![A-Za-z]|[锅容梯起索游车管瓶氧][0-9]{1,3}|[A-Za-z][0-9]{1,3})[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼] ?[A-HJ-NP-Za-hj-np-z](?:[·•・\\. \\-—–―]|\\r?\\n)?(?:[A-HJ-NP-Za-hj-np-z0-9O][A-HJ-NP-Za-hj-np-z0-9]{4,5}|[0-9IO]{5}|[A-HJ-NP-Z0-9]{4}[学警挂领港澳试超]|[A-HJ-NP-Z0-9](?: [A-HJ-NP-Z0-9]){4,5}|[A-HJ-NP-Z0-9]{2}(?: |\\r?\\n)[A-HJ-NP-Z0-9]{3,4}|[A-HJ-NP-Z0-9]{3}(?: |\\r?\\n)[A-HJ-NP-Z0-9]{2,3})(?![A-Za-z0-9])|(?<![A-Za-z0-9])WJ ?[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼] ?[0-9]{4}[0-9A-Z](?![A-Za-z0-9])|(?<![0-9])使[0-9]{6}(?![0-9])|(?<![0-9]|邮编[:：]?|邮政编码[:：]?)[0-9]{6}使|(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][0-9]{2}[-—][0-9]{5}(?![0-9])")]
    private static partial Regex PlatePattern();

    // Health and social assistance: said of a person, never needed to understand the decision. Also what a person
    // tells to be treated leniently: 系糖尿病患者, 因脑梗塞住院治疗, 因胃癌, 因车祸致残, 身患肺结核, 精神残疾二级, 肢体三级 (as a 残疾人证 writes it), 二级残疾人, 怀有身孕, 正在接受化疗,
    // 宗教信仰, a criminal record (曾因销售假药罪被判处…; other records below).
    // A patient (系糖尿病患者) is PatientPattern, tried only where 患者 occurs: an alternative that may start at any
    // ideograph makes the whole pattern try every alternative at every ideograph.
    [GeneratedRegex("因[\\u4E00-\\u9FFF]{2,16}?住院(?:治疗)?|因[\\u4E00-\\u9FFF]{1,6}?癌(?![症医中研专科])|因[\\u4E00-\\u9FFF]{1,8}?致残|患(?![者有])[\\u4E00-\\u9FFF]{0,8}?(?:关节炎|风湿(?:性?关节炎|病)?|糖尿病|高血压|心脏病|癌症?|肿瘤|结核病?)|瘫在床上?|身患[\\u4E00-\\u9FFF]{1,8}?(?:病|症|炎|癌|瘤|结核)|(?:精神|智力|肢体|视力|听力|言语|多重)残疾(?:[一二三四1-4]级)?|(?:精神|智力|肢体|视力|听力|言语|多重)[一二三四1-4]级|[一二三四1-4]级残疾人?|怀有身孕|身怀六甲|(?:正在)?接受(?:化疗|放疗|透析)|宗教信仰[*_]*[：: ]*[*_]*[\\u4E00-\\u9FFF]{1,8}|曾因[\\u4E00-\\u9FFF]{1,12}罪[^，,。；;\\n]{0,40}|患有[\\u4E00-\\u9FFF]{0,10}?(?:病|症|炎|癌|瘤|障碍|残疾|癫痫|哮喘|结核|痛风|痴呆|血压|血糖|血脂|衰竭|(?:突出|增生|结石|梗死|梗塞|囊肿)症?)(?:[、和及](?!患有)[\\u4E00-\\u9FFF]{0,10}?(?:病|症|炎|癌|瘤|障碍|癫痫|哮喘|结核|痛风|痴呆|血压|血糖|血脂|衰竭|(?:突出|增生|结石|梗死|梗塞|囊肿)症?))*|(?:重度|轻度)?(?:精神病|精神疾病|精神分裂症|抑郁症|自闭症|孤独症|艾滋病|HIV阳性|乙肝|癌症|尿毒症|智力残疾|肢体残疾|视力残疾|听力残疾)(?:患者)?|残疾证号?|持有残疾证|最低生活保障(?:对象|户|家庭|金)?|低保(?:户|对象|家庭|边缘户|金)?|特困(?:供养)?(?:人员|户)|建档立卡贫困户|五保户|享受(?:国家)?(?:社会)?救助|社会救助对象|临时救助|怀孕\\d*个?月?|孕妇|哺乳期"
        // The ninth red team's: a condition said to be had (李秀英有糖尿病; not 有高血压的人群, a kind of person) and poverty
        // said of a household (系贫困户).
        + "|(?<=[\\u4E00-\\u9FFF])有(?:糖尿病|高血压|心脏病|肺结核|肿瘤)(?![的患病者人])|(?<=[系是属])贫困户(?![帮合提发捐服就企])")]
    private static partial Regex SensitivePattern();

    [GeneratedRegex("(?<=[系是为，,、：:])[\\u4E00-\\u9FFF]{1,6}?(?:病|症|炎|癌)患者")]
    private static partial Regex PatientPattern();

    /// <summary>
    /// A word every alternative of <see cref="SensitivePattern"/> holds: the pattern is tried only where one occurs. Its
    /// alternatives start at 一, 二, 1, 正, 重 … (一级残疾, 正在接受化疗, 重度抑郁症): tried wherever one of those stands, it
    /// cost more than every label together.
    /// </summary>
    private static readonly string[] SensitiveWords =
        ["住院", "身患", "残疾", "身孕", "身怀六甲", "化疗", "放疗", "透析", "宗教信仰", "曾因", "患有", "精神病", "精神疾病", "精神分裂症",
         "抑郁症", "自闭症", "孤独症", "艾滋病", "HIV阳性", "乙肝", "癌", "致残", "瘫在床", "关节炎", "风湿", "糖尿病", "高血压", "心脏病", "尿毒症", "最低生活保障", "低保", "特困", "建档立卡贫困户",
         "五保户", "救助", "怀孕", "孕妇", "哺乳期", "结核", "肿瘤", "贫困户"];

    // More of the same, rarer: a police record (被判处有期徒刑一年, 曾被…行政拘留十日, 正在社区矫正) and conditions in other words
    // (确诊为糖尿病, 瘫痪在床, 聋哑人, HIV感染者, 脑梗后遗症, 孕28周). Tried only where one of RareWords occurs: each
    // alternative of a pattern is tried at every ideograph, and most decisions hold none of these.
    [GeneratedRegex("被判处(?:有期徒刑|拘役|管制)[^，,。；;\\n]{0,20}|曾?被[\\u4E00-\\u9FFF]{0,16}?(?:行政拘留|刑事拘留)[^，,。；;\\n]{0,10}|(?:目前)?(?:正在)?(?:社区矫正|取保候审|监视居住)|确诊(?:为|患有)?[\\u4E00-\\u9FFF]{1,10}?(?:病|症|炎|癌|瘤)(?![毒菌原])|瘫痪在床|[下上]肢瘫痪|偏瘫|截瘫|聋哑人?|(?:HIV|艾滋病病毒)感染者?|(?:脑梗|中风)后遗症|抑郁发作|孕[0-9]{1,2}周"
        // In the words people use in a 陈述申辩 (经诊断为肺结核, 因患高血压, 其患肾衰竭, 长期卧床, 系残疾人, 已有身孕, 做过搭桥手术) and
        // a record (吸毒人员, 曾因盗窃被判刑, 曾因交通肇事致人死亡被追究刑事责任 (not a law's …被追究刑事责任的，不得 or 未曾因…),
        // 有前科, 刑满释放) or a belief (信仰基督教). An outbreak's cause (诺如病毒) is not a person's.
        + "|(?:经|被)?诊断(?:为|患有|出)?[\\u4E00-\\u9FFF]{1,10}?(?:病|症|炎|癌|瘤|结核|衰竭|血压|血糖|血脂)(?![毒菌原])|(?<=[其因他她])患(?![有者])[\\u4E00-\\u9FFF]{0,8}?(?:病|症|炎|癌|瘤|结核|衰竭|血压|血糖|血脂)(?![毒菌原])"
        + "|长期卧床|卧病在床|卧床不起|(?:长期|定期|需要?|需长期)透析|(?<=[系是为])残疾人(?![保权联])|残疾人证号?|(?:已有|有了)身孕|有孕在身|孕期"
        + "|(?:做过|做了|(?<=[刚才已其我他她])做完了?|接受了?|进行了?|动过)[\\u4E00-\\u9FFF]{1,8}?手术|截肢|(?<=[系是为])(?:盲人|聋人|哑人)|吸毒(?:人员|史)?|(?:强制隔离)?戒毒(?:人员|所)?"
        + "|曾因[\\u4E00-\\u9FFF]{1,8}?被(?:判刑|判处|拘留|劳教|劳动教养)[^，,。；;\\n]{0,20}|(?<!未)曾因[\\u4E00-\\u9FFF]{1,12}?被(?:依法)?追究刑事责任(?!的)|有前科|前科人员|刑满释放(?:人员)?"
        // 因盗窃于2018年被判刑一年: a sentence with when it was passed, without 曾.
        + "|因[\\u4E00-\\u9FFF]{1,8}?(?:于[0-9]{4}年(?:[0-9]{1,2}月)?)?被判刑[^，,。；;\\n]{0,20}|因[\\u4E00-\\u9FFF]{1,8}?于[0-9]{4}年(?:[0-9]{1,2}月)?被判处[^，,。；;\\n]{0,20}"
        + "|(?:信仰|信奉)(?:基督教|天主教|伊斯兰教|佛教|道教)(?!人士|的人|群众|信众)|基督徒|穆斯林|佛教徒"
        // The fourth red team's, in everyday words: a belief, an orientation, a past in prison or with drugs.
        + "|(?<![诚守])信佛(?!山)|同性恋(?:者)?|坐过牢|吸过毒|美沙酮(?:维持)?(?:治疗)?"
        // The fifth red team's: a patient of 结核, and a medical record's diagnosis, history and complaint (诊断：2型糖尿病,
        // 既往史：高血压10年, 主诉：反复胸闷3年).
        + "|(?<=[系是为])[\\u4E00-\\u9FFF]{1,6}?结核(?:病)?患者|诊断[：:][^，,。；;\\n]{1,16}?(?:病|症|炎|癌|瘤|结核|衰竭|血压)|(?:既往史|既往病史|主诉)[：:][^，,。；;\\n]{1,30}"
        // The sixth pass: a stroke, a confinement, treatment under way, an attack, a worker's occupational disease, dementia,
        // a prison term (中风偏瘫, 在坐月子, 正在…医院化疗, 哮喘加重, 听力损伤, 尘肺病（壹期）, 阿尔茨海默病, 在监狱服刑).
        + "|(?:脑)?中风(?!险)|坐月子|(?<=(?:正在|在)[^，,。；;\\n]{0,16})(?:化疗|放疗)|哮喘(?:加重|发作)|听力损伤|噪声聋|尘肺病?(?:[（(][壹贰叁一二三1-3]期[）)])?"
        + "|阿尔茨海默(?:病|症)?|老年痴呆(?:症)?|(?:在监狱|正在|在)服刑(?!人员)(?:期间|中)?"
        // The sixth red team's: a carrier's test result, a disability, a diagnosis in other words, a child's illness, poverty
        // relief, a suspended sentence, a release from prison (HBsAg阳性, 大三阳, 梅毒螺旋体抗体检测阳性, 智障, 右眼失明, 罹患乳腺癌,
        // 其孙子患白血病, 本人患风湿病, 每天要打胰岛素 (not an illegal clinic's 为患者注射胰岛素), 建档立卡脱贫户, 缓刑考验期, 刑释解教人员, 出狱后, 在宜春监狱服刑, 被…拘留过).
        // The twelfth red team's: 患者系乳腺癌术后化疗中 (not 核酸阳性, as often a pig's blood sample's or a cold chain's).
        + "|(?<=[系是为])[\\u4E00-\\u9FFF]{1,6}?癌术后(?:化疗中?|放疗中?)?"
        + "|HBsAg阳性|乙肝表面抗原阳性|(?:乙肝)?[大小]三阳|梅毒(?:螺旋体)?(?:抗体)?(?:检测)?(?:结果)?(?:呈)?阳性|智障|智力障碍|[左右双]眼失明|双目失明"
        + "|罹患[\\u4E00-\\u9FFF]{1,10}?(?:病|症|炎|癌|瘤)|(?<=[子女孙儿人夫妻])患(?![有者])[\\u4E00-\\u9FFF]{0,8}?(?:病|症|炎|癌|瘤)(?![毒菌原])"
        + "|(?:每天|天天|需要?|要)(?:打|注射)胰岛素|建档立卡(?:贫困户|脱贫户|户)?|脱贫(?:监测)?户|缓刑(?:考验期)?|刑释解教(?:人员)?|出狱|在[\\u4E00-\\u9FFF]{0,4}?监狱服刑|拘留过"
        // The seventh red team's: an injury diagnosed, a history without its colon, a complaint in quotes, symptoms on a
        // register, a carrier, a pregnancy by days, a chest film's finding, a condition after an operation (诊断为左手食指末节骨折,
        // 既往冠心病、房颤, 主诉“反复上腹痛3月余”, 症状：发热、咳嗽, 沙门氏菌带菌, 停经49天, 提示活动性肺结核, 因腰椎间盘突出术后).
        + "|(?:经|被)?诊断(?:为)?[\\u4E00-\\u9FFF]{1,12}?(?:骨折|裂伤|损伤|挫伤|烧伤|烫伤|突出)|既往(?![史病])[^，,。；;\\n]{1,20}|主诉[“\"][^”\"\\n]{1,30}[”\"]"
        + "|症状[：:][^，,。；;：:\\n\\t ]{1,20}|(?:沙门氏|伤寒|痢疾|志贺氏|金黄色葡萄球)菌带菌|带菌者|停经[0-9]{1,3}天|(?<=提示|显示)活动性肺结核|(?<=[因])[\\u4E00-\\u9FFF]{2,10}?术后"
        // The tenth red team's: hearing lost, a wheelchair, a disability's degree, a record in other words, a belief's
        // practice, and poverty and loneliness said of a household (双耳失聪, 常年坐轮椅, 系重度残疾, 曾被劳动教养, 受过刑事处罚,
        // 系在逃人员, 系天主教徒, 做礼拜, 系低收入家庭, 系精准扶贫对象, 系监测户, 享受特困救助, 系孤寡老人, 系失独老人). Not 住院治疗 or
        // 流产, which may be what a food-poisoning or an illegal clinic's case is about.
        + "|(?:双耳|单耳|左耳|右耳)?失聪(?![老人群])|(?:常年|长期|需要?)?坐轮椅(?!的)|(?<=[系是属])(?:重度|中度|轻度)残疾(?![人的])|(?:曾被|被)劳动教养(?:过)?|(?:曾)?受过刑事处罚(?!的)|(?<=[系是属])在逃人员"
        + "|天主教徒(?!专)|做礼拜(?!的?场所)"
        // The twelfth red team's: a person said to be a believer of a named faith (系佛教信徒, 是伊斯兰教信徒; 穆斯林 and 基督徒 were
        // masked); not a shop's customers (为佛教信徒提供素食, 伊斯兰教信徒的饮食禁忌) nor a metaphor (是美食信徒).
        + "|(?<=[系是属])(?:佛|道|伊斯兰|基督|天主|东正|犹太|喇嘛)教(?:信徒|徒)|(?<=[系是属])[\\u4E00-\\u9FFF]{1,6}?教的?信徒|(?<=[系是属])(?:低收入(?:家庭|户)|精准扶贫对象|边缘易致贫户|(?:脱贫不稳定|突发严重困难)?监测户|孤寡老人|留守老人|失独(?:老人|家庭)?)(?![帮合提发捐服就企])|(?<=享受)特困救助"
        // The eleventh red team's: self-harm, a sexually transmitted infection, a police record and a belief in other words, a
        // body's condition in everyday words, and a child or an old person left alone (曾试图自杀, 感染了HIV, 查出梅毒, 曾被刑拘,
        // 于2019年被逮捕, 正在假释期间, 蹲过号子, 系法轮功练习者, 信耶稣, 肝硬化晚期, 装有心脏支架, 是个瞎子, 半身不遂, 系留守儿童).
        // Not what a clinic's or a shop's case is about: 人工流产 and 不孕不育 alone, 销售助听器, 脑瘫儿童康复中心.
        + "|(?<!诱导|预防|防止|引导)(?:曾|多次)?(?:试图|企图)?(?:割腕)?自杀(?:过|未遂)?(?![方内信的题])|有自杀倾向|精神不正常(?![患的人者])|智力低下(?![儿的人者])|(?<=[系是属])(?:限制|无)民事行为能力人|(?<=[系是属])严重精神障碍患者|已纳入(?:严重精神障碍)?(?:患者)?管理"
        + "|(?:感染了?|查出|得了|患上)(?:HIV|艾滋病?|梅毒|淋病|尖锐湿疣|性病)"
        + "|(?:曾)?被(?:依法)?(?:刑拘|逮捕|批捕)(?:过)?|(?:于[0-9]{4}年(?:[0-9]{1,2}月)?)?被(?:依法)?逮捕|(?:曾)?被羁押(?:于[\u4E00-\u9FFF]{2,12}?看守所)?|(?:正在)?假释(?:期间|中)|(?<=[系是属])暂予监外执行(?:罪犯)?|保外就医(?:中|期间)?(?![人的])"
        + "|(?:进过|曾进|关过)少管所|(?:曾)?因嫖娼被[^，,。；;\n]{0,10}|(?:曾)?被收容教育(?:过)?|(?:曾)?被司法拘留[^，,。；;\n]{0,6}|有违法犯罪记录|(?<=[系是属])涉黑(?:涉恶)?人员"
        + "|(?:曾)?被判处(?:死缓|死刑缓期[^，,。；;\n]{0,6}|无期徒刑)|(?<=[系是属])安置帮教对象|有家暴史|蹲过号子|(?:劳改|坐牢)过[^，,。；;\n]{0,4}"
        + "|(?<=[系是属])法轮功(?:练习者|人员)?|法轮功练习者|(?<=[系是属])全能神(?:信徒)?|(?:参加|加入)(?:了)?邪教(?:组织)?|信耶稣|(?<=[我他她其])信主|(?<=[我他她其])信教|(?:每天)?拜佛吃斋|(?<=[系是属])佛教居士|已?皈依(?:佛门|三宝)?(?!的)|已出家|(?<=[系是属])道士|(?<=[系是属])回民"
        + "|肝硬化(?:晚期)?|(?:装有|装了|放了|安装了?)(?:心脏)?支架|(?<=做了|做过|搭了|接受了)心脏搭桥|(?<=[戴带]着?)助听器|(?<=[是系属个])脑瘫(?:儿|患儿)?|唐氏综合征|多动症|(?<=[成是系])植物人|病危(?![通患者病人])|(?<=在)ICU抢救(?![设记])"
        + "|(?<=[是系])(?:个)?(?:瞎子|瘸子|哑巴|聋子)|半身不遂|(?<=[\u4E00-\u9FFF])有(?:癫痫|哮喘|肝病|肾病|心脏病|心脑血管病)(?![的患病者人])|(?:得过|患过|发过)(?:脑溢血|脑出血|脑梗)|羊癫疯(?:发作)?"
        + "|尿检(?:结果)?(?:呈)?[\u4E00-\u9FFF]{0,4}阳性(?![人驾者的])|(?:曾)?吸食(?:过)?(?:冰毒|毒品|海洛因|大麻|K粉|摇头丸)(?![人的者])|(?:有)?酗酒史|(?<=[系是属])不孕不育(?:患者)?|做过人流|怀了(?:二胎|三胎|孕)|有了身子"
        + "|(?<=[系是属])跨性别(?:者)?|(?<=[系是属])社区康复人员|(?<=[系是属])(?:听障|视障|残障)(?:人士|人员)?(?![人就集培服康])|[左右]手缺[一两二三]根手指|(?<=[是系])(?:个)?侏儒|(?<![为治])新冠阳性(?![检试抗核人患病者])|(?<=[系是属])密接(?:人员)?(?![人集隔酒])|(?<=[系是属])密切接触者(?![集隔酒])"
        + "|(?<=(?:妻子|丈夫|儿子|女儿|父亲|母亲|老伴)(?:系|是)?)(?:重度|轻度)?残疾(?![人证])|(?<=[是系属])困难户|(?:领取|享受)残疾人(?:两项)?补贴(?!政策|资金|项目)|(?<=[是系])孤儿|(?<=[是系属])事实无人抚养儿童|(?<=[是系属])留守儿童"
        + "|(?<=(?:身体状况|健康状况)[：:])(?!良好|正常|健康|一般|均|全部|持|合格|符合)[^，,。；;\n]{1,12}"
        // The twelfth red team's: a sentence with the crime it was for (因犯盗窃罪于2015年被…法院判处有期徒刑…: the sentence was
        // masked and the crime published), a record by its kind (有盗窃前科), an investigation of the person for a named
        // offence (因涉嫌诈骗被公安机关立案侦查; not the case's own 涉嫌犯罪, moved to the police), and a diagnosis in quotes
        // or after a medical colon (诊断为“2型糖尿病”, 入院诊断：脑梗死, 患者诊断：梅毒, 死亡原因：急性心肌梗死; not 问题的诊断：…).
        // The fifteenth red team's: a relative's death by a named illness (其父亲因脑溢血去世; not 因病去世, nor a law's or an accident's 死亡), and a
        // driving record (曾因醉酒驾驶被吊销机动车驾驶证; not a law's …被吊销机动车驾驶证的，).
        + "|因[\\u4E00-\\u9FFF]{1,8}?(?:病|症|癌|炎|瘤|衰竭|溢血|出血|脑梗|梗死|梗塞)(?:去世|病逝|离世|过世)"
        + "|(?:曾)?因(?:醉酒驾驶|醉驾|酒驾|酒后驾驶|饮酒后驾驶|饮酒驾驶)(?:机动车|车辆)?(?:于[0-9]{4}年(?:[0-9]{1,2}月)?)?被(?>[^，,。；;\\n的]{1,14})(?!的)"
        + "|(?:曾|于[0-9]{4}年)?(?:因犯?|犯)(?!涉嫌)[\\u4E00-\\u9FFF]{2,12}?(?<!犯)罪(?:于[0-9]{4}年(?:[0-9]{1,2}月)?)?[，,]?被[^，,。；;\\n）)]{0,20}?(?:判处|判刑|处以)[^，,。；;\\n）)]{0,20}"
        + "|(?<=[\\u4E00-\\u9FFF])有(?!违法|违章|不良|行政)[\\u4E00-\\u9FFF]{1,6}?前科|因涉嫌(?!犯罪)[\\u4E00-\\u9FFF]{2,10}?被(?:公安机关)?(?:立案侦查|刑事拘留|逮捕)"
        + "|(?:诊断|诊断结果|诊断意见)(?:为|是)?[：:]?[“\"][^”\"\\n]{1,30}[”\"]|(?:(?:入院|出院|初步|临床|门诊|医院|医生)诊断|(?<=患者|病人|患儿|就诊人|伤者)诊断)[：:][^，,。；;\\n]{1,30}|死亡原因(?:为|是|[：:])[^，,。；;\\n]{1,20}")]
    private static partial Regex RareSensitivePattern();

    // A condition someone says they have (我有高血压、冠心病, 我得了肺结核; not 其他有碍…的疾病 in a law, nor 病历, 病毒). Tried only
    // where a person is said to have or get something (OwnConditionWords): 病 and 症 alone occur in too many decisions. A list
    // goes on over 、 和 及 but not into the next statement (我有高血压、我有…), which is its own mask, as after 患有.
    [GeneratedRegex("(?<=[我他她其]还?)(?<!其他)(?:有|得了|患了|得过)[\\u4E00-\\u9FFF-[的]]{0,8}?(?:病|症|炎|癌|瘤|结核|血压|血糖|血脂|衰竭)(?![毒菌原害虫历房床假例])(?:[、和及](?![我他她其]?还?(?:有|得了|患了|得过))[\\u4E00-\\u9FFF]{0,8}?(?:病|症|炎|癌|瘤|结核|血压|血糖|血脂|衰竭))*")]
    private static partial Regex OwnConditionPattern();

    private static readonly string[] OwnConditionWords = ["我有", "他有", "她有", "其有", "还有", "得了", "患了", "得过"];

    private static readonly string[] RareWords =
        ["判处", "拘留", "矫正", "取保", "监视居住", "确诊", "瘫", "聋哑", "感染", "后遗症", "抑郁发作", "孕", "诊断", "患", "卧", "透析", "残疾", "手术",
         "吸毒", "戒毒", "截肢", "盲人", "聋人", "哑人", "判刑", "劳教", "劳动教养", "前科", "刑满", "信仰", "信奉", "基督", "穆斯林", "佛教",
         "信佛", "同性恋", "坐过牢", "吸过毒", "美沙酮", "既往", "主诉", "中风", "坐月子", "化疗", "放疗", "哮喘", "听力损伤", "噪声聋", "尘肺",
         "阿尔茨海默", "痴呆", "服刑", "HBsAg", "大三阳", "小三阳", "表面抗原", "梅毒", "智障", "智力障碍", "失明", "罹患", "胰岛素", "建档立卡", "脱贫",
         "缓刑", "刑释", "出狱", "症状", "带菌", "停经", "肺结核", "术后", "追究刑事责任",
         "失聪", "轮椅", "刑事处罚", "在逃", "天主教", "礼拜", "低收入", "精准扶贫", "致贫", "监测户", "特困", "孤寡", "留守老人", "失独",
         "自杀", "精神不正常", "智力低下", "行为能力人", "精神障碍", "纳入", "HIV", "艾滋", "淋病", "尖锐湿疣", "性病", "刑拘", "逮捕", "批捕", "羁押", "假释", "监外执行",
         "保外就医", "少管所", "嫖娼", "收容教育", "司法拘留", "违法犯罪记录", "涉黑", "死缓", "死刑缓期", "无期徒刑", "安置帮教", "家暴", "号子", "劳改", "坐牢", "法轮功", "全能神",
         "邪教", "耶稣", "信主", "信教", "拜佛", "居士", "皈依", "出家", "道士", "回民", "肝硬化", "支架", "搭桥", "助听器", "脑瘫", "唐氏", "多动症", "植物人", "病危",
         "ICU", "瞎子", "瘸子", "哑巴", "聋子", "半身不遂", "癫痫", "肝病", "肾病", "心脑血管", "脑溢血", "脑出血", "脑梗", "羊癫疯", "尿检", "吸食", "酗酒", "不孕不育",
         "人流", "怀了", "有了身子", "跨性别", "社区康复", "听障", "视障", "残障", "手指", "侏儒", "阳性", "密接", "密切接触者", "残疾", "困难户", "孤儿", "无人抚养",
         "留守儿童", "身体状况", "健康状况", "信徒", "教徒", "立案侦查", "死亡原因",
         "去世", "病逝", "离世", "过世", "醉酒驾驶", "醉驾", "酒驾", "酒后驾驶", "饮酒后驾驶", "饮酒驾驶"];

    // A child's school and class: the school after 就读于 (就读于宜春市第三中学初二（3）班), a grade with its class
    // wherever written (向宜春市第三中学初二（3）班学生销售 keeps the school, which may be the point of the case).
    [GeneratedRegex("(?<=(?:就读|在读|就学)(?:于|在))[^，,。；;、\\n(（|]{1,24}?(?:学校|中学|小学|学院|大学|幼儿园|中专|职校|技校|附中|附小|[一二三四五六七八九十]中(?!学))(?:[初高][一二三]|[一二三四五六]年级)?(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）]?班)?|(?:[初高][一二三]|[一二三四五六七八九]年级)[(（]?[0-9一二三四五六七八九十]{1,2}[)）]?班"
        // A grade said of a child without the class (读初二, 初一学生, 小学四年级, 上幼儿园大班).
        + "|(?<=[读上在])(?:[初高][一二三](?![年级])|小学[一二三四五六]年级(?![(（]?[0-9一二三四五六七八九十]{1,2}[)）]?班)|幼儿园[大中小]班)|[初高][一二三]学生|小学[一二三四五六]年级(?![(（]?[0-9一二三四五六七八九十]{1,2}[)）]?班)(?:学生)?"
        // The eleventh red team's: a child's school said with 在…读书 / 上学, and a child's stage (儿子在宜春市第三中学读书, 女儿刚上初中,
        // 儿子读职高二年级; 在该校读书 is no school's name).
        + "|(?<=(?:子|女|孩子?|孙|外孙|侄|外甥)(?:今年|现在|目前|正在)?在)[^，,。；;、\n(（|该本]{2,20}?(?:学校|中学|小学|幼儿园|职高|技校|中专|职校|[一二三四五六七八九十]中)(?=(?:读书|上学|就读|念书)(?!的)|读[初高一二三四五六]|上[初高一二三四五六])"
        + "|(?<=(?:子|女|儿|孩子?|孙|外孙|侄|外甥)(?:今年|现在|目前|正在|刚)?(?:上|读|在读))(?:幼儿园|小学|初中|高中|职高|技校|中专|职校)(?:[一二三四五六]年级)?(?![前后需也没必就要都的])")]
    private static partial Regex SchoolPattern();

    private static readonly string[] GradeWords = ["初一", "初二", "初三", "高一", "高二", "高三", "读书", "上学", "念书", "上幼儿园", "上小学", "上初中", "上高中", "读职高", "读技校", "读小学", "读初中", "读高中"];

    // A person's page on a social network by its number (weibo.com/u/5623981234); a company's named page stays.
    [GeneratedRegex("(?:https?://)?(?:www\\.)?(?:weibo\\.com/u/|m\\.weibo\\.cn/(?:u|profile)/|space\\.bilibili\\.com/)[0-9]{5,}")]
    private static partial Regex PersonalPage();

    [GeneratedRegex("(?<=(?:收货人|收件人|寄件人|收货信息|收件信息|寄件信息)[：:]?[ ]*[\u4E00-\u9FFF]{2,4}[ /，,]+(?:(?:\\+86[ \\-]?)?[0-9][0-9* \\-]{6,18}[0-9][ /，,]+)?)(?=[\u4E00-\u9FFF]{2,}?[ ]?(?:省|市|县|区))")]
    private static partial Regex DeliveryLineHome();

    [GeneratedRegex("(?<=在|于|[（(：:，,])(?!现?住|家住|位于|地处|在)(?:[\u4E00-\u9FFF]{2,4}(?:省|市))?(?:[\u4E00-\u9FFF]{2,4}(?:县|区|市))?[\u4E00-\u9FFF]{2,4}(?:镇|乡|街道)[\u4E00-\u9FFF]{1,6}?村(?:委会|民委员会)?[\u4E00-\u9FFF]{1,5}?组(?:[0-9]+号)?")]
    private static partial Regex VillageGroupPattern();

    // 持有编号为E12345678的护照 (the eleventh red team's).
    [GeneratedRegex("(?<![A-Za-z0-9])[A-Za-z]{0,2}[0-9]{6,10}(?=号(?:普通)?(?:护照|(?:往来)?港澳通行证|台湾通行证))|(?<=编号为|号码为)[A-Za-z]{0,2}[0-9]{6,10}(?=的(?:护照|(?:往来)?港澳通行证|台湾通行证|签证))")]
    private static partial Regex NumberBeforeDocument();

    [GeneratedRegex("wxid_[A-Za-z0-9]{4,30}")]
    private static partial Regex WechatId();

    // Where a person was, to a few metres: 经纬度：114.391245,27.804321 (a longitude and a latitude within China's, in
    // either order, to four decimals or more); 北纬27.8043°、东经114.3912°.
    [GeneratedRegex("(?:北纬|南纬|东经|西经|N|E) ?\\d{1,3}(?:\\.\\d+)? ?°(?: ?\\d{1,2} ?[′'])?(?: ?\\d{1,2}(?:\\.\\d+)? ?[″\"])?|(?<![0-9.])(?:(?:7[3-9]|[89][0-9]|1[0-2][0-9]|13[0-5])\\.\\d{4,} ?°? ?[,，、/ ] ?(?:1[89]|[2-4][0-9]|5[0-3])\\.\\d{4,}|(?:1[89]|[2-4][0-9]|5[0-3])\\.\\d{4,} ?°? ?[,，、/ ] ?(?:7[3-9]|[89][0-9]|1[0-2][0-9]|13[0-5])\\.\\d{4,})°?(?![0-9])")]
    private static partial Regex CoordinatePattern();

    // Not a 村民委员会 or 村民小组, which are the village's bodies.
    [GeneratedRegex("(?<=[，,：:、])[\\u4E00-\\u9FFF0-9]{2,30}?[村组屯](?=村民(?!委员会|小组))")]
    private static partial Regex VillagerPattern();

    [GeneratedRegex("(?<=[0-9]{7}[，,])(?![住在于])[\\u4E00-\\u9FFF]{2,12}?[省市县区][^，,。；;\\n【]{2,40}?[0-9一二三四五六七八九十]+室(?=[，,。；;\\n)）]|$)")]
    private static partial Regex UnlabelledFlat();

    // 在幸福小区8-2-502当事人家中, 在湖田村下屋组刘海波家中: a flat written as building-unit-room, and a village group before
    // whose house it is (the name is read by NameBeforeHome); the nineteenth red team's: a house number before it too
    // (存放在袁州区秀江路88号刘海波家中, whose address was published beside the masked name).
    [GeneratedRegex("(?<=其居住的)[^，,。；;\\n【]{4,40}[0-9一二三四五六七八九十]+[室号栋幢组]|(?<=在)[^，,。；;\\n【在]{4,40}?(?:[0-9一二三四五六七八九十]+[室号组]|[0-9]+(?:[-#－][0-9]+){2}|组)(?=(?:其|的|当事人的?|(?<=[组号])(?![一某组该这那])[\\u4E00-\\u9FFF]{2,3}?)?家中)")]
    private static partial Regex HomeAsScenePattern();

    // From 位于, a literal the search can jump to: a pattern that starts with a lookbehind is tried at every position
    // (whose home it is, 其 / 当事人 / 本人, is checked before 位于 by the caller).
    [GeneratedRegex("位于(?<home>[^，,。；;\\n]{4,40}?)(?=的(?:家|住宅|住所|自建房|自住房|租住房|出租屋|房屋))")]
    private static partial Regex HomeBeforeWordPattern();



    /// <summary>A transliterated foreign or minority name: 约翰·史密斯, 阿依古丽·买买提.</summary>
    [GeneratedRegex("[\\u4E00-\\u9FFF]{1,8}(?:[·•・‧][\\u4E00-\\u9FFF]{1,10}){1,3}")]
    private static partial Regex DottedName();

    private static readonly SearchValues<char> Dots = SearchValues.Create("·•・‧");

    /// <summary>
    /// Every dotted name in the text, found from its dots (rare: a plate's 赣C·12345 is the usual one) rather than
    /// by trying the pattern at every ideograph.
    /// </summary>
    private static IEnumerable<Match> DottedNames(string s)
    {
        var covered = 0;
        for (var i = s.AsSpan().IndexOfAny(Dots); i >= 0;)
        {
            if (i > covered && NameOccurrences.IsIdeograph(s[i - 1]))
            {
                var start = i;
                while (start > covered && i - start < 8 && NameOccurrences.IsIdeograph(s[start - 1])) start--;
                var m = DottedName().Match(s, start, Math.Min(s.Length - start, 60));
                if (m.Success && m.Index <= i)
                {
                    yield return m;
                    covered = m.Index + m.Length;
                }
            }
            var next = i + 1 < s.Length ? s.AsSpan(i + 1).IndexOfAny(Dots) : -1;
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z]+(?:[ .\\-][A-Z][A-Za-z]+){1,3}")]
    private static partial Regex LatinName();

    [GeneratedRegex("^[a-z]{2,}(?: [a-z]{2,}){1,3}(?![A-Za-z])")]
    private static partial Regex LowerLatinName();

    [GeneratedRegex("^[\\u4E00-\\u9FFF](?:[ \\u3000][\\u4E00-\\u9FFF]){1,2}")]
    private static partial Regex SpacedName();

    /// <summary>A would-be name that is a street before its number (阳明路123号, 张江路88号) or a village (何家湾村).</summary>
    private static bool IsStreetOrVillage(string s, int at, int length)
    {
        var end = at + length;
        static bool NumberAt(string s, int i) => i < s.Length && char.IsAsciiDigit(s[i]);
        return s[end - 1] is '路' or '街' or '巷' && NumberAt(s, end)
            || end + 1 < s.Length && s[end] is '路' or '街' or '巷' && NumberAt(s, end + 1)
            || length == 3 && end < s.Length && s[end] == '村';
    }

    /// <summary>A form's next field after a name spaced out: 姓名 张 华 性别 男 (not a third character 性).</summary>
    private static readonly string[] FieldsAfterSpacedName = ["性别", "年龄", "民族", "出生", "住址", "职业", "电话", "身份", "籍贯", "学历", "文化", "联系"];

    /// <summary>What parts a field's label from its value, as a colon does (a bracket or a dash from <see cref="FormSeparator"/>).</summary>
    private static readonly SearchValues<char> FieldSeparators = SearchValues.Create("：:∶| \t\u00A0\u3000—/）)");

    private static readonly string[] SignatureWords =
        ["（签名或盖章）", "（签字或盖章）", "（签名/盖章）", "（签字/盖章）", "（签名盖章）", "（签字盖章）", "（签名）", "（签字）", "（签章）", "（盖章）",
         "签名或盖章", "签字或盖章", "签名/盖章", "签字/盖章", "签名盖章", "签字盖章", "签章"];

    /// <summary>
    /// The length of a form's separator at <paramref name="at"/> other than a colon: a dash (收款人——张建国), a slash
    /// (收款人/张建国), or the signature's words, bracketed or before a colon (收款人（签名）张建国, 签收人签名或盖章：), else 0.
    /// </summary>
    private static int FormSeparator(string s, int at)
    {
        if (at >= s.Length) return 0;
        if (s[at] == '/') return 1;
        if (s[at] == '—') return at + 1 < s.Length && s[at + 1] == '—' ? 2 : 1;
        if (s[at] is not ('（' or '(' or '签' or '盖')) return 0;
        foreach (var w in SignatureWords)
            if (string.CompareOrdinal(s, at, w, 0, w.Length) == 0 || w[0] == '（' && string.CompareOrdinal(s, at + 1, w, 1, w.Length - 2) == 0
                && s[at] == '(' && at + w.Length - 1 < s.Length && s[at + w.Length - 1] == ')')
                // 签名或盖章 unbracketed is a separator only before its colon (签章齐全 is a word).
                return w[0] != '（' && !(at + w.Length < s.Length && s[at + w.Length] is '：' or ':') ? 0 : w.Length;
        return 0;
    }

    /// <summary>
    /// The extension after 、 or / that follows a number ending in one (0795-3212345-8012、8013, …转8012/8013): two to
    /// five digits and nothing after them but a clause's end; else null.
    /// </summary>
    private static LabelledValue? SecondExtension(string s, LabelledValue number)
    {
        if (s[number.End] is not ('、' or '/')) return null;
        var digits = 0;
        while (number.End - digits - 1 > number.Start && char.IsAsciiDigit(s[number.End - digits - 1])) digits++;
        var before = number.End - digits - 1;
        if (digits is < 2 or > 5 || !(s[before] is '-' or '转' || s[before] == '机' && s[before - 1] == '分')) return null;
        var end = number.End + 1;
        while (end < s.Length && end - number.End <= 6 && char.IsAsciiDigit(s[end])) end++;
        var length = end - number.End - 1;
        return length is >= 2 and <= 5 && (end == s.Length || s[end] is '，' or ',' or '。' or '；' or ';' or '\n' or '）' or ')' or ' ' or '、')
            ? new(number.End + 1, end, MaskKinds.Landline) : null;
    }

    /// <summary>Words that may stand between a label and its value.</summary>
    private static bool IsGap(char c) => c is ' ' or '\t' or ':' or '：' or '∶' or '*' or '_' or '|' or '为' or '是' or '系' or '\u00A0' or '\u3000';

    /// <summary>
    /// Everything labelled in <paramref name="folded"/>. Numbers in <paramref name="publicNumbers"/> (the
    /// agency's phone) are not reported; names are reported with the name, so that the caller can mask its
    /// other mentions too.
    /// </summary>
    public static List<LabelledValue> Find(string folded, LabelPolicy policy, PublicNumbers? publicNumbers = null)
    {
        var found = new List<LabelledValue>();
        var chars = new TextChars(folded);
        foreach (var (index, label, reader, labelEnd) in LabelsIn(folded))
        {
            List<LabelledValue>? complainants = null;
            var at = labelEnd;
            // 执法人员告知了苏建平: the officers before a verb are who acted, not whose name follows.
            if (reader != Reader.Whom && IsPublicRole(folded, index, label, reader)) continue;
            // 定点医疗机构医保号, 用人单位社保号: an institution's or an employer's number, not an insured person's.
            if (reader == Reader.Document && label.Length > 2 && label[1] == '保' && label[0] is '医' or '社' && InstitutionJustBefore(folded, index)) continue;
            // QQ inside 92440305QQFLRQQK27, Tel inside Hotel, wx inside wxid_, IP inside IPhone: an ASCII label is a word of its own.
            if (char.IsAsciiLetter(label[0]) && (index > 0 && char.IsAsciiLetterOrDigit(folded[index - 1])
                || char.IsAsciiLetter(label[^1]) && at < folded.Length && char.IsAsciiLetter(folded[at]))) continue;
            // Product Name: Wine, Company Name: …, File Name: (the eighteenth red team's Name: Liu Haibo is a person's field): a Latin word
            // before Name says whose name it is, and it is a thing's; so is a Name with no colon after it.
            if (label is "Name" or "NAME" && (index > 1 && folded[index - 1] == ' ' && char.IsAsciiLetter(folded[index - 2])
                || !(at < folded.Length && folded[at] is ':' or '：' || at + 1 < folded.Length && folded[at] == ' ' && folded[at + 1] is ':' or '：'))) continue;
            // 身份证复印件, 住所地址不详: the label is a word, not a field.
            if (string.CompareOrdinal(folded, at, "号码", 0, 2) == 0) at += 2;
            // 身份证编号, 澳门居民身份证编号: a person's number although 编号 alone is a thing's.
            else if (reader is Reader.Id or Reader.Document && string.CompareOrdinal(folded, at, "编号", 0, 2) == 0) at += 2;
            else if (at < folded.Length && folded[at] == '号' && reader is Reader.Id or Reader.Document or Reader.Social or Reader.Account) at++;
            while (at < folded.Length && at - labelEnd < 6 && IsGap(folded[at])) at++;
            // 证人：<b>刘海波</b>, 证人：`刘海波`: emphasis around the value.
            if (reader is Reader.Name or Reader.RoleName && at > labelEnd && at < folded.Length && folded[at] is '<' or '`' && folded[at - 1] is '：' or ':' or ' ')
            {
                if (folded[at] == '`') at++;
                else if (HtmlTags.TryRead(folded, at, out var tagEnd, out var tag) && tag == TagKind.Inline) at = tagEnd;
            }
            // 委托代理人：⏎李春生 (a form's value on the next line): after a colon, the name may start a line.
            if (reader is Reader.Name or Reader.RoleName && at < folded.Length && folded[at] is '\n' or '\r' && folded[at - 1] is '：' or ':')
                while (at < folded.Length && folded[at] is '\n' or '\r' or ' ' or '\t' or '\u3000') at++;
            // 法定代表人（负责人）：李建国: a second name for the role, in brackets, before the colon.
            if (reader is Reader.Name or Reader.RoleName && at == labelEnd && at < folded.Length && folded[at] is '（' or '('
                && folded.IndexOfAny([')', '）'], at, Math.Min(9, folded.Length - at)) is var shut and > 0 && shut + 1 < folded.Length && folded[shut + 1] is '：' or ':')
                for (at = shut + 1; at < folded.Length && at - shut < 6 && IsGap(folded[at]); at++) { }
            // 收款人——张建国, 收款人/张建国, 收款人（签名）张建国, 签收人签名或盖章：李秀英: a form's other ways of parting a
            // person's field from its value.
            if (reader is Reader.Name or Reader.RoleName && at == labelEnd && FormSeparator(folded, at) is var parting and > 0)
            {
                var after = at + parting;
                while (after < folded.Length && after - labelEnd < 12 && IsGap(folded[after])) after++;
                // Only before a whole name: not 收款人/金额/日期：, 收款人——张记米粉店, 收款人/支付宝 (an over-mask round's).
                if (WholeNameAt(folded, after)) at = after;
            }
            // 车辆识别代号（VIN）：LSVAM…, 身份证号码（18位）：…: the label's other name or a note in brackets, then the colon.
            if (reader is Reader.Id or Reader.Document && at == labelEnd && at < folded.Length && folded[at] is '(' or '（'
                && folded.IndexOfAny([')', '）'], at, Math.Min(8, folded.Length - at)) is var noteEnd and > 0 && noteEnd + 1 < folded.Length && folded[noteEnd + 1] is '：' or ':')
            {
                // 社保编号（单位）：…: an employer's number.
                if (folded.AsSpan(at, noteEnd - at).Contains("单位", StringComparison.Ordinal)) continue;
                for (at = noteEnd + 1; at < folded.Length && at - noteEnd < 6 && IsGap(folded[at]); at++) { }
            }
            // 微信（hzq_1985）, 护照（No. 531234567）: the value in brackets, maybe after No.
            if (reader is Reader.Id or Reader.Document or Reader.Social or Reader.Account && at < folded.Length && folded[at] is '(' or '（')
            {
                at++;
                // 残疾人证（证号3609…）, 社会保障卡（卡号E367…）: the number's own word inside the bracket.
                if (reader is Reader.Document && at + 1 < folded.Length && folded[at + 1] == '号' && folded[at] is '证' or '卡' or '编')
                    for (at += 2; at < folded.Length && at - labelEnd < 8 && IsGap(folded[at]); at++) { }
                // QQ（号码：1357924680）, 微信（账号：…） (the eighteenth red team's): the number's own word and its colon inside the bracket.
                else if (reader is Reader.Social && (string.CompareOrdinal(folded, at, "号码", 0, 2) == 0 || string.CompareOrdinal(folded, at, "账号", 0, 2) == 0)
                    && at + 2 < folded.Length && folded[at + 2] is ':' or '：')
                    for (at += 3; at < folded.Length && at - labelEnd < 8 && IsGap(folded[at]); at++) { }
            }
            // 军官证号：军字第1234567号: the number after its series word and 第; 不动产权证号赣(2019)宜春市不动产权第0034521号,
            // 林权证号：赣（2008）林证字第…号: after a series that gives the province, the year in brackets and the place.
            // 士兵证号：南字第123456号: after 第 a number of six digits is the certificate's too.
            var numbered = false;
            if (reader is Reader.Document && SeriesBeforeNumber(folded, at) is var di and > 0) (at, numbered) = (di + 1, true);
            if (reader is Reader.Document && string.Compare(folded, at, "No", 0, 2, StringComparison.OrdinalIgnoreCase) == 0)
                for (at += 2; at < folded.Length && folded[at] is '.' or ' ' or ':' or '：'; at++) { }
            // 股东之一欧阳振华, 员工之一的姚建国: one of those the role names.
            if (reader is Reader.Name or Reader.RoleName && at == labelEnd && string.CompareOrdinal(folded, at, "之一", 0, 2) == 0)
            {
                at += 2;
                if (at < folded.Length && folded[at] == '的') at++;
            }
            // 两名员工分别是李建华、王秀英, 在场人员分别为张国强和刘美玲, 配送员共有三人：傅小军、…, 收银员有两名，分别叫…: the
            // names the role lists, after how many there are.
            if (reader is Reader.Name or Reader.RoleName && at == labelEnd && CountBeforeNames().Match(folded, at, Math.Min(24, folded.Length - at)) is { Success: true } count
                && count.Index == at) at += count.Length;
            // 租给了贺国平: 了 after a label that ends in 给.
            if (reader is Reader.Name && at == labelEnd && label[^1] == '给' && at < folded.Length && folded[at] == '了') at++;
            // 该男孩叫康小东, 其丈夫叫刘建国: a role, then 叫 and the name.
            if (reader is Reader.Name or Reader.RoleName && at == labelEnd && at + 1 < folded.Length && folded[at] == '叫' && label[^1] != '叫') at++;
            // 收款人为“吴建平”的转账凭证: a role, then 为 and the name in quotes.
            else if (reader is Reader.Name or Reader.RoleName && at > labelEnd && at + 1 < folded.Length && folded[at] is '“' or '"' or '「' && folded[at - 1] is '为' or '是') at++;
            // 昵称“海阔天空”的买家即罗建军: a role, then 即 and who it was.
            else if (reader is Reader.Name or Reader.RoleName && at == labelEnd && at + 1 < folded.Length && folded[at] == '即') at++;
            // 卖给邻村的刘建国: whom, after where he is from.
            if (label is "卖给" or "售给" && WhomPlaces.FirstOrDefault(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0) is { } place) at += place.Length;
            // 租住的民房（…）, 租住的房子在…: the dwelling, then where it is.
            if (label == "租住的" && StartsWithAny(folded, at, Dwellings))
            {
                at += 2;
                if (at < folded.Length && folded[at] is '（' or '(' or '在') at++;
                else if (string.CompareOrdinal(folded, at, "位于", 0, 2) == 0) at += 2;
            }
            if (at >= folded.Length) break;
            // 当事人（签名）：黎冬梅: a form's bracket around the word.
            if (label is "签名" or "签字" && at == labelEnd && at + 1 < folded.Length && folded[at] is '）' or ')' && folded[at + 1] is '：' or ':')
                for (at += 2; at < folded.Length && at - labelEnd < 6 && IsGap(folded[at]); at++) { }
            // 签名：刘芳 is a field; 签字盖章, 签名齐全 are words.
            // 收件人签名 谭美华: a form's line with no colon, where the name after a space is all the line has left.
            if (label is "签名" or "签字" && folded.AsSpan(labelEnd, at - labelEnd).IndexOfAny("：:∶|") < 0 && !(at > labelEnd && NameEndsLine(folded, at))) continue;
            // 暂住所, 现住所, 住所: the label is 住所, read by its own rule (a business's registered address is public).
            if (label[^1] == '住' && at == labelEnd && folded[at] == '所') continue;
            // 回收老家电, 现住院治疗, 暂住人员, 户籍登记: the label is the start of another word, not a field.
            if (reader is Reader.Address or Reader.Lives && at == labelEnd && WordAfterPlaceLabel.Contains(folded[at])) continue;
            // 出厂密码：123456, WiFi密码, 管理员密码: a product's or a shop's, not a person's; 支付密码：未设置 says none.
            if (label.EndsWith("密码", StringComparison.Ordinal) && (index >= 2 && folded.AsSpan(index - 2, 2) is "出厂" or "默认" or "初始" or "原始"
                || index >= 4 && folded.AsSpan(index - 4, 4) is "WiFi" or "WIFI" or "wifi" || index >= 3 && folded.AsSpan(index - 3, 3) is "管理员")) continue;
            // 送达地址确认书：受送达人…: a form's title, not the address.
            if (reader is Reader.Address or Reader.Lives or Reader.HomeIfPerson && at == labelEnd && string.CompareOrdinal(folded, at, "确认", 0, 2) == 0) continue;
            // A colon, a space or a table cell between label and value; 系, 为 and 是 are words, not separators.
            var separated = folded.AsSpan(labelEnd, at - labelEnd).IndexOfAny(FieldSeparators) >= 0;
            // 劳动者：①廖春生 ②涂海波: after a colon, a list's first number before the name.
            var afterColon = folded.AsSpan(labelEnd, at - labelEnd).IndexOfAny('：', ':') >= 0;
            ListMarker? listed = null;
            if (reader is Reader.Name or Reader.RoleName && afterColon && ListMarkerAt(folded, at) is { End: var itemAt } marker && itemAt < folded.Length) (listed, at) = (marker, itemAt);
            var value = reader switch
            {
                Reader.Id => Code(folded, at, MaskKinds.IdNumber),
                Reader.Document => Code(folded, at, MaskKinds.Document, numbered ? 6 : null),
                Reader.Phone => label == "短号" ? ShortNumber(folded, at) : Phone(folded, at, publicNumbers),
                // 微信号：李春生1985: a name-like account after a colon, read as a nickname is (not 帅某某, a name already masked).
                // 微信号为“lcs_1985”: the account in quotes.
                // A password is letters and digits only (支付密码：未设置 says there is none).
                Reader.Social => Handle(folded, at) ?? (label.EndsWith("密码", StringComparison.Ordinal) ? null : NamedAccount(folded, label, at, separated)),
                Reader.Nickname => Nickname(folded, at),
                // An account with lower-case letters (账号：wuxiaodong_0930) is an online one; a date is not an account.
                Reader.Account => Code(folded, at, MaskKinds.BankCard)
                    ?? (Handle(folded, at) is { } handle && folded.AsSpan(handle.Start, handle.End - handle.Start).IndexOfAnyInRange('a', 'z') >= 0 ? handle : (LabelledValue?)null)
                    ?? (AfterBankName(folded, at) is var account and > 0 ? Code(folded, account, MaskKinds.BankCard) : null),
                Reader.Ip => IpAddress(folded, at),
                // 当事人的住处在…: the label, then 在 and the address.
                Reader.Address => Address(folded, BracketedAddress(folded, at == labelEnd && at + 1 < folded.Length && folded[at] == '在' ? at + 1 : at, labelEnd)),
                Reader.HomeInBrackets => at == labelEnd && folded[at] is '（' or '(' ? HomeInBrackets(folded, index, label, at + 1, policy) : null,
                Reader.HomeIfPerson => (policy.NaturalParty || ClauseIsAboutPerson(folded, index)) && !(label == "地址" && IsBusinessAddress(folded, index)) && !IsInstitutionsBracket(folded, index)
                    ? Address(folded, BracketedAddress(folded, at, labelEnd)) : null,
                // 住 alone may begin a company's clause too; 住在, 居住在, 租住 and the rest are said only of a person.
                // …23号的收购点: what follows the number may say it is premises.
                Reader.SentTo => Address(folded, at) is { } sent && IsHome(folded.AsSpan(sent.Start, sent.End - sent.Start))
                    && !NamesInstitution(folded.AsSpan(sent.End, Math.Min(10, folded.Length - sent.End))) ? sent : null,
                // 晏春花（住袁州区…）: a bracket after a name that says where the person lives.
                Reader.Lives => Lives(folded, index, at, policy, homeOnly: !(label != "住" || policy.NaturalParty || ClauseIsAboutPerson(folded, index)
                    || at < folded.Length && folded[at] is '在' or '于' || index > 0 && folded[index - 1] is '（' or '(')),
                Reader.Name => Name(folded, at, MaskKinds.OtherPersonName, separated),
                Reader.FromWhom => Name(folded, at, MaskKinds.OtherPersonName, separated) is { } from && from.End < folded.Length && folded[from.End] is '处' or '家' ? from : null,
                // 寻找高价购买者, 查找: 找 inside a verb is no preposition (the eighteenth red team's 找华建军购买); nor is 给 starting
                // one (给付, 给予, 给以, 给出).
                Reader.Counterpart => label == "找" && index > 0 && folded[index - 1] is '寻' or '查' || label == "给" && at < folded.Length && folded[at] is '付' or '予' or '以' or '出'
                    ? null : Counterpart(folded, label[0], at),
                // 询问时由手语翻译…, 告知时: when it was done, not 时 a surname (the twelfth red team's 询问时某某手语).
                Reader.Whom => label[^1] == '人' && at == labelEnd && "民大社武防口力员事身".Contains(folded[at]) || at == labelEnd && folded[at] == '时' ? null
                    : Whom(folded, ComerSkipped(folded, at)) is { } whom && WhomFits(folded, label, whom) ? whom : null,
                Reader.Plate => PlateAfterLabel(folded, at),
                Reader.ComplainedBy => !StartsWithAny(folded, at, NotComplainants) && Name(folded, at, MaskKinds.OtherPersonName, separated) is { } by
                    && (complainants = ComplainantsFrom(folded, by)).Count > 0 ? complainants[0] : Payer(folded, at, policy),
                Reader.RoleName => Name(folded, at, MaskKinds.OtherPersonName, separated) is { } n && !IsInPartyName(n, policy) ? n : null,
                // The party's own name is masked from the front matter; this finds it written otherwise (约翰·史密斯).
                Reader.PartyRole => policy.NaturalParty && policy.MaskPartyName && separated ? Name(folded, at, MaskKinds.PartyName, separated) : null,
                _ => null,
            };
            // TG：1.25mmol/L is a test's triglycerides, not a Telegram account (TG：lhb1975).
            if (label.StartsWith("TG", StringComparison.Ordinal) && value is { } tg && char.IsAsciiDigit(folded[tg.Start])) continue;
            // 翻译：韩语, 翻译：高级翻译: the language or the grade, not the interpreter.
            if (label == "翻译" && value is { Name: { } tongue } v0 && (tongue[^1] is '语' or '话' or '文' or '译' or '体' || v0.End < folded.Length && folded[v0.End] is '语' or '话' or '文' or '译')) continue;
            // 买方单价, 转让方全额, 代理商华润万家超市: the labels of a contract's or a bank slip's fields name a person only as
            // a field's value (买方：张建国), not run on into prose, where a word or a company follows them.
            // 对方名称为张建国, 委托人为张建国 say it as a field does (not 代理商为华润万家超市, 付款单位为…: a business's labels).
            if (reader == Reader.Name && !separated && FieldOnlyLabels.Contains(label)
                && !(at - labelEnd == 1 && folded[labelEnd] is '为' or '是' && (label[^1] == '人' || label.EndsWith("名称", StringComparison.Ordinal)))) continue;
            // 在其…的住处存放烟花: a label run on into prose is followed by what was done there, not by an address.
            if (reader == Reader.Address && !separated && value is { } unseparated && !NamesAPlace(folded.AsSpan(unseparated.Start, unseparated.End - unseparated.Start))) continue;
            // 土地所有权人：国家, 使用权人：国有, 欠款人：江西建工, 产权人：钱江置业, 使用权人：林场: the state, a collective or a
            // company written short, not a person.
            if (OwnerLabels.Contains(label) && value is { Name: { } owner } ownerValue
                && (owner is "国家" or "国有" or "集体" || owner.Length == 4 || NamesAThing(owner)
                    // 所有权人刘海波于2024年擅自加建, 产权人刘海波将房屋出租: what the owner did, after the name.
                    || !IsListedName(folded, ownerValue, policy) && !StartsWithFollowWord(folded, ownerValue.End))) continue;
            // 劳动者：①高温补贴未发放 ②…: after a list's number, only a whole name is the first item.
            if (listed is not null && value is { } item && !IsListedName(folded, item, policy)) continue;
            if (value is not { } v)
            {
                // 举报人：阳明路123号2栋住户: where the person lives, given for the name (the name reader took it for none); not a
                // village group, a committee or a group's head (所有权人：王家村村民小组, 见证人：刘家组组长): a number in it.
                if (label is "举报人" or "投诉人" or "反映人" or "来电人" or "信访人" or "证人" or "见证人" && afterColon && Address(folded, at) is { } given
                    && folded.AsSpan(given.Start, given.End - given.Start) is var where && IsHome(where) && NamesAPlace(where) && where.IndexOfAnyInRange('0', '9') >= 0
                    && !where.EndsWith("小组", StringComparison.Ordinal) && !where.Contains("委员会", StringComparison.Ordinal)) found.Add(given);
                // 购买者分别是陈某某、谷冬梅: a list whose first name staff masked by hand; the names after it are names all the same.
                if (reader is Reader.Name or Reader.RoleName && MaskedNameAt(folded, at) is { } masked) ListedAfter(folded, masked, policy, found);
                continue;
            }
            // （ID：xy_lingxiao88）: an account's id has letters; （ID:2013-03-11 is a form's field, not an account.
            if (label[0] == '(' && !folded.AsSpan(v.Start, v.End - v.Start).ContainsAny(LatinLetters)) continue;
            // | 顾客 | 商品 | 单价 |: the next cell after a role is a column's title in a header, or when it is an everyday
            // word (the rows below are read by TableNames).
            if (v.Name is { } inCell && folded.AsSpan(labelEnd, at - labelEnd).Contains('|')
                && (IsEverydayWord(inCell) || InWideTableHeader(folded, v.Start))) continue;
            // 个人卫生间, 个人申请书: after 个人, a word as often as a name; none that starts with an everyday word.
            if (label == "个人" && v.Name is { } own && IsEverydayWord(own)) continue;
            // 雇佣的童工, 聘用的包装工, 雇佣的钟点工: after hiring, a word for the work, not a name.
            if (label[^1] == '的' && v.Name is { } hired && hired[^1] is '工' or '员') continue;
            // 联系人：张静（执法证号：36090012389）: an officer, named on purpose.
            if (reader is Reader.Name or Reader.RoleName && IsOfficerAfter(folded, v.End)) continue;
            // 收到刘芳、陈建华的联名举报: the others who complained with the first.
            if (complainants is not null) found.AddRange(complainants.Skip(1));
            if (reader == Reader.Account && !Digits(folded, v).All(char.IsAsciiDigit)) v = v with { Kind = MaskKinds.Account };
            if (reader is Reader.Id or Reader.Document or Reader.Account && publicNumbers is not null && publicNumbers.Contains(Digits(folded, v))) continue;
            found.Add(v);
            if (reader is Reader.Lives or Reader.Address && HomeVerbs.Contains(label)) DwellerBefore(folded, index, policy, found);
            if (reader is Reader.Name or Reader.RoleName or Reader.Counterpart or Reader.Whom && v.Name is not null) ListedAfter(folded, v, policy, found, spaced: afterColon);
            if (listed is { } first && v.Name is not null) NumberedItemsAfter(folded, v, first, policy, found);
            // 0795-3261234、3261235: a second number after the first; also after 或, a comma or in brackets (the tenth red team's).
            for (var more = v; reader == Reader.Phone && more.End + 1 < folded.Length && folded[more.End] is '、' or '/' or '或' or '，' or ',' or '（' or '(';)
            {
                // 0795-3212345-8012、8013: a second extension after the first.
                if ((Phone(folded, more.End + 1, publicNumbers) ?? SecondExtension(folded, more)) is not { } next) break;
                // After a comma or a bracket, only a number that ends there: not an amount or a count (，3212346元).
                if (folded[more.End] is '，' or ',' or '（' or '(' && next.End < folded.Length && !(folded[next.End] is '，' or ',' or '。' or '；' or ';' or '\n' or '）' or ')' or '、')) break;
                found.Add(next);
                more = next;
            }
        }
        NamesOpeningClauses(folded, chars, policy, found);
        NamesBesideTheParty(folded, policy, found);
        if (folded.Contains('某')) HalfMaskedNames(folded, found);
        ListItemNames(folded, policy, found);
        if (folded.Contains("接龙", StringComparison.Ordinal)) ChainsOnOneLine(folded, policy, found);
        if (folded.Contains("在内", StringComparison.Ordinal)) NamesIncluded(folded, policy, found);
        if (folded.Contains('\n') && (folded.Contains("聊天", StringComparison.Ordinal) || folded.Contains("微信", StringComparison.Ordinal)
            || folded.Contains("群", StringComparison.Ordinal))) ChatSpeakers(folded, policy, found);
        InterviewSpeakers(folded, policy, found);
        NamesBeforeTheirRoles(folded, policy, found);
        HomesSaidAround(folded, policy, found);
        NumberedPersonsAfterHeadings(folded, policy, found);
        NamesWithAmountsAfterHeadings(folded, policy, found);
        if (folded.Contains("转入", StringComparison.Ordinal) || folded.Contains("转出", StringComparison.Ordinal) || folded.Contains("转账", StringComparison.Ordinal)
            || folded.Contains("收款", StringComparison.Ordinal) || folded.Contains("付款", StringComparison.Ordinal) || folded.Contains("红包", StringComparison.Ordinal)) PaymentCounterparts(folded, policy, found);
        NamesBeforeTheirNumbers(folded, policy, found);
        if (folded.Contains('（') || folded.Contains('(')) RealNamesAfterNicknames(folded, policy, found);
        if (folded.Contains('收')) Addressees(folded, policy, found);
        if (folded.Contains('\n')) LetterAddressees(folded, policy, found);
        // 问：你住在哪里？⏎答：宜春市…: a 询问笔录's answer, on the line after a question about the home, is the home.
        // 问：你叫什么名字？⏎答：刘建英。: the answer to a question about the name is the name (答：我姓宦，宦小军 too).
        if (folded.Contains('答'))
            for (var m = AnswerAboutName().Match(folded); m.Success; m = m.NextMatch())
                if (Name(folded, m.Index + m.Length, MaskKinds.OtherPersonName, separated: true) is { } answered) found.Add(answered);
        if (folded.Contains('答') && (folded.Contains('微') || folded.Contains('Q') || folded.Contains('q') || folded.Contains('支') || folded.Contains('抖') || folded.Contains('快') || folded.Contains('淘')))
            AnswersAboutAccounts(folded, found);
        if (folded.Contains('答'))
            for (var m = AnswerAboutHome().Match(folded); m.Success; m = m.NextMatch())
                if (Address(folded, m.Index + m.Length) is { } home && (m.Value[0] == '问' || UnaskedHome(folded, home))) found.Add(home);
        // The rarer shapes are looked for only where their one telling character or word occurs: a regex tried at
        // every position of every decision costs more than all the labels together.
        if (folded.Contains("weibo", StringComparison.Ordinal) || folded.Contains("bilibili", StringComparison.Ordinal))
            for (var m = PersonalPage().Match(folded); m.Success; m = m.NextMatch()) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Account));
        // wxid_8k2m5n7q9r21: WeChat's own id for an account, in a payment record with no label.
        if (folded.Contains("wxid_", StringComparison.Ordinal))
            for (var m = WechatId().Match(folded); m.Success; m = m.NextMatch()) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Account));
        // 持E12345678号护照: a document's number written before its name.
        if (folded.Contains("号护照", StringComparison.Ordinal) || folded.Contains("通行证", StringComparison.Ordinal) || folded.Contains("的护照", StringComparison.Ordinal))
            for (var m = NumberBeforeDocument().Match(folded); m.Success; m = m.NextMatch()) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Document));
        // A plate is masked in every decision: in a company's case the vehicle may still be a driver's own.
        for (var m = PlatePattern().Match(folded); m.Success; m = m.NextMatch()) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Plate));
        if (folded.Contains('渔') || folded.Contains('货') || folded.Contains('船')) ShipNames(folded, found);
        if (chars.HoldsAny(folded, SensitiveWords)) AddSensitive(SensitivePattern(), folded, found);
        if (folded.Contains("患者", StringComparison.Ordinal)) AddSensitive(PatientPattern(), folded, found);
        if (chars.HoldsAny(folded, RareWords)) AddSensitive(RareSensitivePattern(), folded, found);
        if (chars.HoldsAny(folded, OwnConditionWords)) AddSensitive(OwnConditionPattern(), folded, found);
        if (chars.HoldsAny(folded, BodyWords)) AddSensitive(BodyPattern(), folded, found);
        found.AddRange(AgesAndBirthDates.Find(folded));
        if (folded.Contains('班') || folded.Contains("就读", StringComparison.Ordinal) || folded.Contains("在读", StringComparison.Ordinal) || folded.Contains("就学", StringComparison.Ordinal)
            || folded.Contains("年级", StringComparison.Ordinal) || chars.HoldsAny(folded, GradeWords))
            for (var m = SchoolPattern().Match(folded); m.Success; m = m.NextMatch())
                // “孩子在宜春市第三中学读书的家长都选择我们”: an advertisement's words, said of no child.
                if (!InQuotes(folded, m.Index)) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Minor));
        // A company's premises or outlet may be given by coordinates that matter to the case; a person's whereabouts do not.
        if (folded.Contains('°') || HasLongDecimal(folded))
            for (var m = CoordinatePattern().Match(folded); m.Success; m = m.NextMatch())
                if (policy.NaturalParty || ClauseIsAboutPerson(folded, m.Index)) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Location));
        // 王小明，男，汉族，宜春市袁州区湖田村5组村民: where a person lives, given as the village whose villager he is.
        if (folded.Contains("村民", StringComparison.Ordinal))
            for (var m = VillagerPattern().Match(folded); m.Success; m = m.NextMatch())
                if (!m.Value.Contains('【') && VillageStart(m) is var start and >= 0) found.Add(new(start, m.Index + m.Length, MaskKinds.Address));
        // 收件人：刘芳，139…，宜春市袁州区…3栋2单元501室: a flat's address with no label of its own, straight after a
        // person's phone in a clause about a person (a company's office after its name or a 联系人 stays).
        if (folded.Contains('室'))
            for (var m = UnlabelledFlat().Match(folded); m.Success; m = m.NextMatch())
                if (!m.Value.Contains('【') && IsHome(m.ValueSpan) && ClauseIsAboutPerson(folded, m.Index))
                    found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Address));
        // 在其居住的宜春市…301室查获, 在宜春市…301室其家中 (or …湖田村5组12号的家中): a home given as the scene, after or before the word for it
        // (其居住的 is the person's own; 居住的 alone may be anyone's, 小区居住的居民反映3号楼…).
        if (folded.Contains("居住的", StringComparison.Ordinal) || folded.Contains("家中", StringComparison.Ordinal))
            for (var m = HomeAsScenePattern().Match(folded); m.Success; m = m.NextMatch()) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Address));
        // 存放地点：宜春市…88号（当事人家中）, 送达地址：…1502（法定代表人住处）, 房屋坐落：…401室（当事人自有住房）: an address a
        // bracket after it says is a home.
        if (folded.Contains("家中", StringComparison.Ordinal) || folded.Contains("住处", StringComparison.Ordinal) || folded.Contains("住所", StringComparison.Ordinal)
            || folded.Contains("住房", StringComparison.Ordinal))
            for (var m = AddressSaidToBeAHome().Match(folded); m.Success; m = m.NextMatch())
                if (!m.Value.Contains('【') && m.Value.Count(NameOccurrences.IsIdeograph) >= 4 && NamesAPlace(m.ValueSpan)) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Address));
        // 名下有住房一套，坐落于…3栋801室, 噪声源位于…6号401室，该户户主为…: where a dwelling stands, or an address a household
        // follows (a shop's or a company's premises, 厂房坐落于…, 经营场所位于…1201室, and an estate, 该住宅小区位于…, stay).
        if (folded.Contains("坐落", StringComparison.Ordinal) || folded.Contains("位于", StringComparison.Ordinal))
            for (var m = DwellingLocatedAt().Match(folded); m.Success; m = m.NextMatch())
                if (m.Groups["place"] is var place && !place.ValueSpan.Contains('【') && NamesAPlace(place.ValueSpan)
                    && (DwellingBefore(folded, m.Index) || HouseholdAfter(folded, place.Index + place.Length)))
                    found.Add(new(place.Index, place.Index + place.Length, MaskKinds.Address));
        // 送至其家（袁州区…）, 到当事人家（…）, 借住在其表姐家（…）, 设在其岳父家，位于…: a person's home, given after the word
        // (only what names a place, and holds no document number or label of its own: not 当事人家（绪宜市监处罚〔2022〕…联系电话：…).
        if (folded.Contains('家'))
            for (var i = folded.IndexOf('家'); i >= 0; i = folded.IndexOf('家', i + 1))
                if (i > 0 && HomeOwners.Contains(folded[i - 1]) && HomeAfterWord(folded, i + 1) is var at and > 0 && (Address(folded, at) ?? VillageInBrackets(folded, at)) is { } home
                    && folded.AsSpan(home.Start, home.End - home.Start) is var place && place.IndexOfAny("〔：:") < 0 && NamesAPlace(place)
                    // 暂存在朋友家（华联超市仓库）: a shop's store, not the friend's home.
                    && !(folded[at - 1] is '（' or '(' && NamesInstitution(place)))
                    found.Add(home);
        // 在…3栋1203室的出租屋内: a flat or a village house whose next words say someone lives there.
        if (folded.Contains("的出租", StringComparison.Ordinal) || folded.Contains("的住", StringComparison.Ordinal) || folded.Contains("的家", StringComparison.Ordinal)
            || folded.Contains("的房子", StringComparison.Ordinal) || folded.Contains("的宿舍", StringComparison.Ordinal) || folded.Contains("的民房", StringComparison.Ordinal))
            for (var m = HomeBeforeWhatItIs().Match(folded); m.Success; m = m.NextMatch())
                if (!m.Value.Contains('【') && NamesAPlace(m.ValueSpan) && !NamesInstitution(m.ValueSpan)) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Address));
        // 在袁州区湖田村158号自家房屋顶部: an address straight before a home of the person's own (the fifteenth red team's), in a
        // natural person's decision or after a person's name (刘海波在…自家房屋); a company's 自家厂房, 自家门店 are premises.
        if (folded.Contains("自家", StringComparison.Ordinal))
            for (var m = HomeBeforeOwnHouse().Match(folded); m.Success; m = m.NextMatch())
                if (!m.Value.Contains('【') && NamesAPlace(m.ValueSpan) && !NamesInstitution(m.ValueSpan)
                    && (policy.NaturalParty || NameBefore(folded, m.Index - 1, policy) is not null || ClauseIsAboutPerson(folded, m.Index)))
                    found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Address));
        // 收货人：栾静  183…  江西省宜春市…303, 寄件信息：冉红英/187****6602/宜春市…: a delivery's line gives the home after
        // the name and the number, with no label of its own.
        if (folded.Contains("收货", StringComparison.Ordinal) || folded.Contains("收件", StringComparison.Ordinal) || folded.Contains("寄件", StringComparison.Ordinal))
            for (var m = DeliveryLineHome().Match(folded); m.Success; m = m.NextMatch())
                if (Address(folded, m.Index) is { } home && !NamesInstitution(folded.AsSpan(home.Start, home.End - home.Start))) found.Add(home);
        // 当事人舒冬生未经批准在袁州区天台镇天台村委会舒家组占用耕地: in a natural person's decision, a place down to the
        // village group is where the person lives or farms.
        if (policy.NaturalParty && folded.Contains('组'))
            for (var m = VillageGroupPattern().Match(folded); m.Success; m = m.NextMatch())
                if (!m.Value.Contains('【')) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Address));
        // 在其位于宜春市…的自建房内: a home given as the scene, before the word for it.
        if (folded.Contains("其位于", StringComparison.Ordinal) || folded.Contains("当事人位于", StringComparison.Ordinal) || folded.Contains("本人位于", StringComparison.Ordinal)
            || folded.Contains("位于", StringComparison.Ordinal) && chars.HoldsAny(folded, KinWords))
            for (var m = HomeBeforeWordPattern().Match(folded); m.Success; m = m.NextMatch())
                if (m.Groups["home"] is var home && !home.ValueSpan.Contains('【')
                    && (m.Index > 0 && folded[m.Index - 1] == '其' || folded.AsSpan(0, m.Index).EndsWith("当事人", StringComparison.Ordinal) || folded.AsSpan(0, m.Index).EndsWith("本人", StringComparison.Ordinal)
                        || KinBefore(folded, m.Index, policy, found)))
                    found.Add(new(home.Index, home.Index + home.Length, MaskKinds.Address));
        if (folded.Contains('|')) TableNames(folded, policy, found);
        if (folded.Contains('\t') || folded.Contains("  ", StringComparison.Ordinal)) SpacedTableNames(folded, policy, found);
        if (folded.Contains(' ') && folded.Contains('\n')) SingleSpacedTableNames(folded, policy, found);
        if (folded.Contains('\n') && (folded.Contains(' ') || folded.Contains('\t'))) LedgerRowNames(folded, policy, found);
        foreach (var m in DottedNames(folded))
            if (policy.NaturalParty || IsAfterRole(folded, m.Index))
            {
                var (start, end) = Trimmed(folded, m);
                found.Add(new(start, end, MaskKinds.OtherPersonName, folded[start..end]));
            }
        AroundFoundNames(folded, policy, found);
        return found;
    }

    /// <summary>
    /// A list of persons written one to a line with no header (⑴ 卜建军，钢筋工，欠薪…, 1. 伍德旺  1.2亩  135…,
    /// 4/16  谷老三  敌敌畏×2  135…): the name after each item's number, where one line of the run gives a mobile or an
    /// ID number, or pay owed, or where the line before names a group chat's 接龙. Each name must read as one and end at a
    /// comma, a bracket or a space (a group chat's 接龙: 1. 谷冬梅 土鸡蛋3斤; a worker's duty: 1.兑国强（负责炒制）).
    /// </summary>
    private static void ListItemNames(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        if (!s.Contains('\n')) return;
        var run = new List<LabelledValue>();
        var personal = false;
        for (var lineStart = 0; lineStart <= s.Length;)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.Length;
            var line = s.AsSpan(lineStart, lineEnd - lineStart);
            var m = ListItemName().Match(s, lineStart, line.Length);
            // 1. 黄建华  执法证号：36090021012: a list of officers, named on purpose.
            if (m.Success && m.Groups["name"].Value is var name && IsPersonsName(name, policy)
                && !line.Contains("执法", StringComparison.Ordinal))
            {
                run.Add(new(m.Groups["name"].Index, m.Groups["name"].Index + name.Length, MaskKinds.OtherPersonName, name));
                personal |= LineGivesPersonalNumber(line);
            }
            else
            {
                if (personal) found.AddRange(run);
                run.Clear();
                // 群接龙截图显示：⏎1. 陈小平 2箱: under a line that introduces a group chat's sign-up list, the items are persons,
                // whatever their lines give (not under 本次接龙活动由当事人组织。, which introduces nothing).
                personal = line.Contains("接龙", StringComparison.Ordinal) && line.TrimEnd() is [.., ':' or '：'];
            }
            if (lineEnd >= s.Length) break;
            lineStart = lineEnd + 1;
        }
        if (personal) found.AddRange(run);
    }

    /// <summary>
    /// 包括周文斌、胡立平、毛小东在内的12名消费者: the persons a count includes, by name. Only where every item reads as a name
    /// (包括白酒、香烟在内的物品 stays).
    /// </summary>
    private static void NamesIncluded(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var m = IncludedList().Match(s); m.Success; m = m.NextMatch())
        {
            var items = new List<LabelledValue>();
            var list = m.Groups["list"];
            for (var at = list.Index; at < list.Index + list.Length;)
            {
                var end = s.IndexOfAny(['、', '和', '及', '与'], at, list.Index + list.Length - at);
                if (end < 0) end = list.Index + list.Length;
                var name = s[at..end];
                if (name.Length is < 2 or > 4 || !IsPersonsName(name, policy)) { items.Clear(); break; }
                items.Add(new(at, end, MaskKinds.OtherPersonName, name));
                at = end + 1;
            }
            found.AddRange(items);
        }
    }

    [GeneratedRegex("包括(?<list>[\\u4E00-\\u9FFF]{2,4}(?:[、和及与][\\u4E00-\\u9FFF]{2,4}){1,9})在内")]
    private static partial Regex IncludedList();

    /// <summary>接龙：1. 陈小平 2箱 2. 罗海燕 3箱: a group chat's sign-up list pasted onto the line that names it.</summary>
    private static void ChainsOnOneLine(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var at = s.IndexOf("接龙", StringComparison.Ordinal); at >= 0; at = s.IndexOf("接龙", at + 2, StringComparison.Ordinal))
        {
            var end = s.IndexOf('\n', at);
            if (end < 0) end = s.Length;
            for (var m = ChainItemName().Match(s, at, end - at); m.Success; m = m.NextMatch()) AddIfPersonsName(m.Groups["name"], policy, found);
        }
    }

    [GeneratedRegex("(?<=^|[ \t：:，,；;])[0-9]{1,3}[.、．)][ \t]*(?<name>[\u4E00-\u9FFF]{2,4})(?=[ \t，,（(]|$)", RegexOptions.Multiline)]
    private static partial Regex ChainItemName();

    /// <summary>
    /// 如：黄丽萍 139…、徐国强 159…, 会员名单：黄丽萍139…，徐国强159…: names written straight before a mobile or an ID
    /// number, where a clause or a list's item starts, are the numbers' holders'. Two of them near each other, a list: one
    /// alone is as often an advertisement's word (钟点工13907951234, 艾灸 139…).
    /// </summary>
    private static void NamesBeforeTheirNumbers(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        var names = new List<LabelledValue>();
        for (var i = 2; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || char.IsAsciiDigit(s[i - 1])) continue;
            var nameEnd = i;
            if (s[nameEnd - 1] is ' ' or '\t' or '\u3000') nameEnd--;
            // 李秀英，3609…，139…: a comma between them only on a ledger's line, where the name starts it.
            // 刘海波、139…、5箱；李秀英、138…: or a 、 in a list whose items a semicolon ends.
            var comma = nameEnd == i && s[nameEnd - 1] is '，' or ',' or '、';
            if (comma) nameEnd--;
            var start = nameEnd;
            while (start > 0 && nameEnd - start <= 4 && NameOccurrences.IsIdeograph(s[start - 1])) start--;
            if (nameEnd - start is < 2 or > 4 || start > 0 && !(comma ? s[start - 1] is '\n' or '；' or ';' : NameListBoundaries.Contains(s[start - 1]))) continue;
            // 单号13907951234: a public label's number, not a person's.
            if (NumberLabels.Before(s, i) == LabelContext.Public) continue;
            var number = NumberScanner.Scan(s.Substring(i, Math.Min(24, s.Length - i)), ScanMode.Source);
            if (number is not [{ Start: 0, Kind: MaskKinds.Mobile or MaskKinds.IdNumber }, ..]) continue;
            var name = s[start..nameEnd];
            if (!IsPersonsName(name, policy)) continue;
            // 李秀英，360902198503121235: an ID number straight after a name is the holder's, alone too; an advertisement
            // gives a mobile, never one.
            if (number[0].Kind == MaskKinds.IdNumber && (start == 0 || s[start - 1] is '\n' or '，' or ',' or '；' or ';' or '。' or '：' or ':')) found.Add(new(start, nameEnd, MaskKinds.OtherPersonName, name));
            // 刘海波，139…，宜春市…3栋1203室: a courier's slip, a name, a mobile and a home with no label, whoever's they are.
            else if (HomeAfterNumber(s, i + number[0].End) is { } home) found.AddRange([new(start, nameEnd, MaskKinds.OtherPersonName, name), home]);
            else names.Add(new(start, nameEnd, MaskKinds.OtherPersonName, name));
        }
        const int Near = 60;
        for (var k = 0; k < names.Count; k++)
            if (k > 0 && names[k].Start - names[k - 1].End <= Near || k + 1 < names.Count && names[k + 1].Start - names[k].End <= Near)
                found.Add(names[k]);
    }

    /// <summary>
    /// The tenth red team's labels of a contract's, a bank slip's or a form's fields: read only before a colon, a space or a cell.
    /// 申辩人, 陈述申辩人 and 检举人 are read in prose too since the eighteenth red team (申辩人钟国华称…): a name after them then
    /// needs what the person said or did after it, as after every role.
    /// </summary>
    private static readonly HashSet<string> FieldOnlyLabels =
    [
        "转让方", "受让方", "承租方", "付款人名称", "收款人名称", "付款人姓名", "收款人姓名", "持卡人", "核对人", "利害关系人",
        "对方名称", "交易对方名称", "交易对方", "交易对手", "客户名称", "收款人名", "委托人", "转让人", "出卖人", "卖方", "买方", "债权人", "债务人",
        "抵押人", "质押人", "共有人", "发货人", "订货人", "购货人", "售货人", "缴款人", "汇款人", "确认人", "填表人", "请求人", "投保人",
        "被保险人", "受益人", "实际使用人", "使用人", "推荐人", "供货方", "销货方", "收款单位", "付款单位", "代理商", "账户名称", "签字人",
        "付款方名称", "收款方名称", "住户", "转账人",
        // 翻译：阿依古丽 (翻译成中文, 翻译件 are prose).
        "翻译",
        // The twelfth red team's list headings and 新生儿 (患者名单由医院提供, 新生儿黄疸 are prose).
        "劳动者名单", "人员名单", "证人名单", "患者名单", "员工名单", "职工名单", "工人名单", "学生名单", "涉案人员", "持卡人包括", "新生儿",
    ];

    /// <summary>A home straight after a number and a comma, a space or a slash: a flat, a building's unit, a village group.</summary>
    private static LabelledValue? HomeAfterNumber(string s, int end)
    {
        var at = end;
        while (at < s.Length && at - end < 3 && s[at] is '，' or ',' or ' ' or '/' or '\t') at++;
        return at > end && Address(s, at) is { } home && IsHome(s.AsSpan(home.Start, home.End - home.Start)) && NamesAPlace(s.AsSpan(home.Start, home.End - home.Start)) ? home : null;
    }

    private static readonly SearchValues<char> NameListBoundaries = SearchValues.Create("\n，,、：:；;。 \t\u3000|（(>");

    /// <summary>
    /// A mobile number or an ID number as <see cref="NumberScanner"/> finds them (grouped, OCR's O for 0), or words for
    /// pay owed: not an amount, a barcode or a batch number, which a list of seized goods (1. 白酒  12瓶  6920855060123) gives.
    /// </summary>
    private static bool LineGivesPersonalNumber(ReadOnlySpan<char> line) =>
        line.Contains("欠薪", StringComparison.Ordinal) || line.Contains("工资", StringComparison.Ordinal)
        || NumberScanner.Scan(line.ToString(), ScanMode.Source).Any(m => m.Kind is MaskKinds.Mobile or MaskKinds.IdNumber);

    [GeneratedRegex("\\G[ \t]*(?:[⑴-⒇]|[(（][0-9]{1,2}[)）]|[0-9]{1,4}(?:[./][0-9]{1,2})?[.、．)]?)[ \t]*(?<name>[\u4E00-\u9FFF]{2,4})(?=[，,（(]|[ \t])")]
    private static partial Regex ListItemName();

    /// <summary>
    /// What a name found by any reader says of its neighbours: 敖小军、敖小兵、郜春花（女，…）: the others listed with it
    /// are names too, when each reads as one; 杭国庆（天工南路…1701室）: a home in the bracket after it is the person's.
    /// </summary>
    private static void AroundFoundNames(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (int k = 0, count = found.Count; k < count; k++)
        {
            var v = found[k];
            if (v.Kind != MaskKinds.OtherPersonName || v.Name is null) continue;
            if (v.Start > 0 && s[v.Start - 1] == '、') NamesListedBefore(s, v.End, policy, found);
            if (v.End < s.Length && s[v.End] == '、') ListedAfter(s, v, policy, found);
            // 涂桂香（妻）、缪文亮（子）、缪文慧（女）: a list whose names each have a short bracket after them.
            for (var end = v.End; BracketEnd(s, end) is var after and > 0 && after + 1 < s.Length && s[after] == '、';)
            {
                var next = after + 1;
                var nameEnd = next;
                while (nameEnd < s.Length && nameEnd - next < 4 && NameOccurrences.IsIdeograph(s[nameEnd])) nameEnd++;
                if (nameEnd - next < 2 || !ReadsAsName(s[next..nameEnd], policy)) break;
                found.Add(new(next, nameEnd, MaskKinds.OtherPersonName, s[next..nameEnd]));
                end = nameEnd;
            }
            // The whole bracket, not 刘长根（村小组长）.
            if (v.End + 1 < s.Length && s[v.End] is '（' or '(' && Address(s, v.End + 1) is { } home && home.End < s.Length && s[home.End] is '）' or ')'
                && home.End - home.Start >= 6 && IsHome(s.AsSpan(home.Start, home.End - home.Start)))
                found.Add(home);
        }
    }

    /// <summary>Each fact <paramref name="pattern"/> finds about a person, not inside a law's title or a product's claim.</summary>
    private static void AddSensitive(Regex pattern, string folded, List<LabelledValue> found)
    {
        for (var m = pattern.Match(folded); m.Success; m = m.NextMatch())
            // A result that is 阳性 (HBsAg阳性, 梅毒…检测阳性) is a person's, even in a clause about a test.
            if (!InsideTitle(folded, m.Index) && !(IsClaim(folded, m.Index) && !m.Value.EndsWith("阳性", StringComparison.Ordinal))
                // 因胃癌在省肿瘤医院手术: a cause (因…) is said of a person, whatever hospital follows.
                && (m.Value[0] == '因' || !IsCategoryOrInstitution(folded, m.Index + m.Length)))
                found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Sensitive));
    }

    /// <summary>
    /// 患有活动性肺结核的从业人员 (a rule's category of persons, not one person's condition), 自闭症儿童康复中心 (an
    /// institution's name): what follows the condition says it is no fact about a person.
    /// </summary>
    private static bool IsCategoryOrInstitution(string s, int end)
    {
        var to = end;
        while (to < s.Length && to - end < 12 && s[to] is not ('。' or '，' or ',' or '；' or ';' or '\n' or '、')) to++;
        var after = s.AsSpan(end, to - end);
        if (after.StartsWith("的人员", StringComparison.Ordinal) || after.StartsWith("的从业人员", StringComparison.Ordinal) || after.StartsWith("的人", StringComparison.Ordinal)) return true;
        foreach (var w in (string[])["中心", "机构", "医院", "学校", "协会", "康复"]) if (after.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Where a bracket of at most six characters that opens at <paramref name="at"/> ends (after its close); else 0.</summary>
    private static int BracketEnd(string s, int at)
    {
        if (at >= s.Length || s[at] is not ('（' or '(')) return 0;
        var close = s.IndexOfAny([')', '）'], at, Math.Min(8, s.Length - at));
        return close > at ? close + 1 : 0;
    }

    /// <summary>Whose 家 it is when a home follows: 其家, 当事人家, 表姐家, 岳父家 (not 厂家, 商家, 国家).</summary>
    private const string HomeOwners = "其人姐哥弟妹父母舅姨婆公叔伯友戚嫂爷奶亲儿子女婿侄甥孙";

    /// <summary>
    /// 住在朋友家（湖田村）, 住在亲戚家（城南村） (the seventeenth red team's): a village of three characters alone in the bracket,
    /// shorter than any address <see cref="Address"/> reads; null unless the bracket closes after it.
    /// </summary>
    private static LabelledValue? VillageInBrackets(string s, int at) =>
        at > 0 && s[at - 1] is '（' or '(' && at + 3 < s.Length && s[at + 3] is '）' or ')' && s[at + 2] is '村' or '组' or '屯' or '寨'
        && NameOccurrences.IsIdeograph(s[at]) && NameOccurrences.IsIdeograph(s[at + 1]) ? new LabelledValue(at, at + 3, MaskKinds.Address) : null;

    /// <summary>Where the address starts after 家: in a bracket (家（…）) or after 位于 (家，位于…); else 0.</summary>
    private static int HomeAfterWord(string s, int at)
    {
        if (at < s.Length && s[at] is '（' or '(') return at + 1;
        if (at < s.Length && s[at] is '，' or ',') at++;
        if (string.CompareOrdinal(s, at, "位于", 0, 2) == 0) return at + 2;
        // 住在我女儿家，宜春市…3栋501室 (the sixteenth red team's): the home after the comma, when the clause is one down to its room.
        var end = at;
        while (end < s.Length && end - at < 40 && s[end] is not ('，' or ',' or '。' or '；' or ';' or '\n' or '（' or '(')) end++;
        return at > 0 && s[at - 1] is '，' or ',' && end - at >= 6 && s.AsSpan(at, end - at) is var clause && clause.IndexOfAny("室栋幢") >= 0 && IsHome(clause) ? at : 0;
    }

    /// <summary>A number with four decimals or more (114.391245): what an unlabelled coordinate needs.</summary>
    private static bool HasLongDecimal(string s)
    {
        for (var i = s.IndexOf('.'); i >= 0 && i + 4 < s.Length; i = s.IndexOf('.', i + 1))
            if (i > 0 && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]) && char.IsAsciiDigit(s[i + 4]))
                return true;
        return false;
    }

    private static string Digits(string s, LabelledValue v) => string.Concat(s.AsSpan(v.Start, v.End - v.Start).ToArray().Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    /// <summary>本局负责人, 执法证件号码, 举报电话: the agency's, not a person's.</summary>
    private static bool IsPublicRole(string s, int labelStart, string label, Reader reader)
    {
        // 执法人员（签名）：王伟: the word in a form's bracket after the role (not 执法人员（微信号：…）, a number of their own).
        var end = label is "签名" or "签字" && labelStart > 0 && s[labelStart - 1] is '（' or '(' ? labelStart - 1 : labelStart;
        var before = s.AsSpan(Math.Max(0, end - 6), Math.Min(6, end));
        // 执法人员姓名：王伟: the officers are named on purpose.
        // 询问人（签名）：刘洋 is an officer; 被询问人（签名）：张华 the person asked.
        foreach (var w in OfficerRoles)
            if (before.EndsWith(w, StringComparison.Ordinal) && !(before.Length > w.Length && before[^(w.Length + 1)] == '被')) return true;
        // 投诉电话, 举报地址 are the agency's; 投诉人留存地址, 举报人电话 a person's.
        if (reader is Reader.Phone or Reader.Account or Reader.RoleName or Reader.Address)
            foreach (var w in AgencyWords)
                if (before.IndexOf(w, StringComparison.Ordinal) is var at and >= 0 && !(at + w.Length < before.Length && before[at + w.Length] == '人')) return true;
        return false;
    }

    /// <summary>The labels of a property's owner and a debtor (the twelfth red team's), whose value is often the state or a company.</summary>
    private static readonly HashSet<string> OwnerLabels = ["欠款人", "所有权人", "产权人", "使用权人"];

    /// <summary>An institution or an employer straight before a label: 定点医疗机构医保号, 用人单位社保号, （定点零售药店）医保号.</summary>
    private static bool InstitutionJustBefore(string s, int labelStart)
    {
        var before = s.AsSpan(Math.Max(0, labelStart - 8), Math.Min(8, labelStart));
        foreach (var w in (ReadOnlySpan<string>)["机构", "单位", "医院", "药店", "药房", "诊所", "公司", "卫生院", "卫生室"])
            if (before.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // 执法人员签名：王伟, 承办人姓名：张静, 检查人员姓名：李明: the officers are named on purpose; so are who asked and who wrote
    // the record down in a form's signature (询问人（签名）：刘洋, 记录人（签名）：王军, the twelfth red team's).
    private static readonly string[] OfficerRoles = ["执法", "执法人员", "工作", "承办人", "承办人员", "办案人员", "检查人员", "询问人", "记录人", "检查人", "调查人", "勘验人"];

    private static readonly string[] AgencyWords = ["本局", "本机关", "我局", "本委", "本厅", "机关", "举报", "投诉", "监督", "咨询", "服务", "热线", "办公"];

    /// <summary>Whether the sentence holding a 住所 is about a person (其委托代理人李四，住所…, 男，住所…).</summary>
    private static bool ClauseIsAboutPerson(string s, int labelStart)
    {
        var from = labelStart;
        // 受托人：潘玉梅，女，⏎住文成县…: a clause hard-wrapped after its comma goes on on the next line.
        while (from > 0 && labelStart - from < 60 && (s[from - 1] is not ('。' or '\n' or ';' or '；') || s[from - 1] == '\n' && from > 1 && s[from - 2] is '，' or ',')) from--;
        var clause = s.AsSpan(from, labelStart - from);
        foreach (var w in PersonWords) if (clause.Contains(w, StringComparison.Ordinal)) return true;
        // 物品保管人：陈某某，住…: a name staff masked by hand, then the person's home.
        if (clause.TrimEnd("，, ") is var named && named.Length > 2 && named.Length < clause.Length && named[^1] == '某') return true;
        return NamesAComplainant(clause) || from > 0 && s[from - 1] == '\n' && IsUnderAComplainantsLine(s, from);
    }

    /// <summary>
    /// 投诉人, 举报人: whoever complains is a person as a rule (投诉人万小燕，住…; 投诉人钟某的联系地址为…); 被投诉人 and
    /// 被举报人 are the business complained of.
    /// </summary>
    private static bool NamesAComplainant(ReadOnlySpan<char> clause)
    {
        // More of them than of 被 and them: one stands on its own.
        foreach (var w in ComplainantWords)
            if (clause.Count(w) > clause.Count("被" + w)) return true;
        return false;
    }

    private static readonly string[] ComplainantWords = ["投诉人", "举报人", "投诉者", "举报者"];

    /// <summary>
    /// A form's block: 投诉人：钟某⏎联系电话：…⏎联系地址：… The nearest line above that names a party (its label ends in 人,
    /// or 单位, 名称) says whose the address is: a complainant's, or 被投诉人's and 当事人's own, which stay public.
    /// </summary>
    private static bool IsUnderAComplainantsLine(string s, int lineStart)
    {
        for (var lines = 0; lines < 5 && lineStart > 0; lines++)
        {
            var end = lineStart - 1;
            var start = s.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
            if (end > 0 && s[end - 1] == '\n' || start >= end) return false;
            var line = s.AsSpan(start, end - start).TrimStart(" \t\u3000|*-");
            var colon = line.IndexOfAny('：', ':');
            var label = (colon is > 0 and <= 8 ? line[..colon] : line[..Math.Min(line.Length, 5)]).Trim();
            foreach (var w in ComplainantWords)
                if (label.StartsWith(w, StringComparison.Ordinal)) return true;
            if (colon is > 0 and <= 8 && (label.EndsWith("人") || label.EndsWith("单位") || label.EndsWith("名称"))) return false;
            if (label.StartsWith("被") || label.StartsWith("当事人")) return false;
            lineStart = start;
        }
        return false;
    }

    private static readonly string[] PersonWords = ["代理人", "证人", "监护人", "法定代表人", "负责人", "经营者", "联系人", "收件人", "收货人", "寄件人", "签收人", "被询问人", "陈述人", "，男", "，女", ",男", ",女", "出生",
        "种植户", "养殖户", "农户", "户主", "村民"];

    /// <summary>经营地址, 场所地址, 注册地址, 公司地址: where a business is, public even when a person runs it.</summary>
    private static bool IsBusinessAddress(string s, int labelStart)
    {
        var before = s.AsSpan(Math.Max(0, labelStart - 4), Math.Min(4, labelStart));
        foreach (var w in BusinessWords) if (before.EndsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] BusinessWords = ["经营", "场所", "营业", "注册", "办公", "公司", "单位", "门店", "店铺", "生产", "仓库", "工厂", "企业", "机关", "本局"];

    /// <summary>的投诉, 的举报, 的来电 … after a name: the name is a complainant's.</summary>
    private static bool IsComplaintAfter(string s, int end)
    {
        // 接到李春生（电话：…）举报: a bracket may come between.
        if (end < s.Length && s[end] is '（' or '(' && s.IndexOfAny([')', '）'], end) is var close and > 0 && close - end < 40) end = close + 1;
        // 接到吴晓东通过12315平台的投诉, 收到刘芳提交的投诉材料: how the complaint came, between name and complaint.
        if (string.CompareOrdinal(s, end, "通过", 0, 2) == 0)
            for (var k = end + 2; k < s.Length && k - end < 24 && s[k] is not ('，' or ',' or '。' or '；' or ';' or '\n'); k++)
                if (s[k] == '的' || StartsComplaint(s, k)) { end = k; break; }
        foreach (var w in (string[])["提交的", "提交", "寄来的", "发来的"])
            if (string.CompareOrdinal(s, end, w, 0, w.Length) == 0) { end += w.Length; break; }
        if (end < s.Length && s[end] == '的') end++;
        if (string.CompareOrdinal(s, end, "联名", 0, 2) == 0) end += 2;
        return StartsComplaint(s, end);
    }

    private static bool StartsComplaint(string s, int at) => at < s.Length && StartsWithAny(s, at, ComplaintWords);

    private static readonly string[] ComplaintWords = ["投诉", "举报", "来电", "来信", "电话", "反映"];

    // The answer on the next line, or on the same one after the question (问：你家住哪里？答：城南新村5栋301。), less the
    // words that open it (我住在…).
    // 答：我家在湖田村下屋组23号: an answer that gives the home unasked.
    [GeneratedRegex("问[：:][^\n]{0,30}(?:住在|住址|住哪|家住|家在|住的地方|户籍|老家)[^\n答]{0,20}(?:\r?\n[ \t\u3000]*)?答[：:][ \t\u3000]*(?:我家住在|我家住|我家在|我住在|住在)?"
        + "|答[：:][ \t\u3000]*(?:我家住在|我家住|我家在|我老家在|我老家是)")]
    private static partial Regex AnswerAboutHome();

    /// <summary>
    /// 共有三人：, 共两人，即, 有两名，分别叫, 分别为：, 分别是, 3名，分别是, 5人，其中 (the thirteenth red team's): how many a
    /// role names, before their names.
    /// </summary>
    [GeneratedRegex("\\G(?:(?:共有|共|有)?[一两二三四五六七八九十0-9]{1,2}[名人个位][，,：:]?(?:即|其中|分别(?:是|为|系|叫))?|分别(?:是|为|系|叫))[：:]?")]
    private static partial Regex CountBeforeNames();

    [GeneratedRegex("问[：:][^\n]{0,30}(?:叫什么|姓名|名字|称呼|姓什么|贵姓)[^\n答]{0,20}(?:\r?\n[ \t\u3000]*)?答[：:][ \t\u3000]*(?:我叫|我是|叫|我姓[\u4E00-\u9FFF][，, ]*(?:叫)?)?")]
    private static partial Regex AnswerAboutName();

    /// <summary>
    /// Where a villager's village starts in a match that opened at the clause (当事人将生活垃圾倾倒在宜春市…老屋组村民钟老二家…):
    /// after the last 在 with a place after it, or after 给, so what was done there stays; 向阳村, 于家村 and 将军村 are whole.
    /// -1 for none.
    /// </summary>
    private static int VillageStart(Match m)
    {
        // 吴春花又转卖给邻村村民: a village said of where the speaker is (邻村, 本村), after what was done: no address at all.
        foreach (var near in NearbyVillages) if (m.Value.EndsWith(near, StringComparison.Ordinal)) return -1;
        var at = m.Value.LastIndexOf('在');
        if (at >= 0 && m.Length - at - 1 >= 4 && m.Value.AsSpan(at + 1).IndexOfAny("省市县区镇乡") >= 0) return m.Index + at + 1;
        // 卖给湖田村村民: the village after whom it was sold to.
        var to = m.Value.LastIndexOf('给');
        return to >= 0 && m.Length - to - 1 >= 2 ? m.Index + to + 1 : m.Index;
    }

    /// <summary>A village named by where the speaker is, not by its name.</summary>
    private static readonly string[] NearbyVillages = ["邻村", "本村", "同村", "外村", "该村"];

    /// <summary>Where the person goods were sold to lives, written between 卖给 and the name (卖给邻村的刘建国).</summary>
    private static readonly string[] WhomPlaces = ["邻村的", "同村的", "本村的", "外村的", "隔壁的", "附近的", "邻近的", "对门的", "楼下的", "楼上的"];

    /// <summary>What follows 老家, 现住, 暂住, 户籍 when they start another word: 老家电, 老家具, 现住院, 暂住人员, 户籍登记, 户籍信息, 户籍管理.</summary>
    private const string WordAfterPlaceLabel = "电具院人登信管科室警股窗证";

    /// <summary>（执法证号：…）, （执法证件号…） after a name: the officer's certificate, so an officer.</summary>
    private static bool IsOfficerAfter(string s, int end)
    {
        // | 组长 | 刘海波 | 36090123001 |: in a table of officers, the certificate's number in the next cell.
        if (OfficerNumberCell().Match(s, end, Math.Min(24, s.Length - end)) is { Success: true } cell && cell.Index == end && s.Contains("执法证", StringComparison.Ordinal)) return true;
        if (end < s.Length && s[end] is '（' or '(' or '，' or ',' or ' ') end++;
        return string.CompareOrdinal(s, end, "执法证", 0, 3) == 0;
    }

    [GeneratedRegex("[ \\t]*\\|[ \\t]*[0-9]{8,12}[ \\t]*(?:\\||$)", RegexOptions.Multiline)]
    private static partial Regex OfficerNumberCell();

    /// <summary>
    /// 复议机关江西省宜春市人民政府（地址：宜阳大道1号）, 供货商某某公司（住所：…）: an institution's or a company's
    /// address in brackets after its name, public even in a natural person's decision.
    /// </summary>
    private static bool IsInstitutionsBracket(string s, int labelStart)
    {
        if (labelStart < 2 || s[labelStart - 1] is not ('（' or '(')) return false;
        var before = s.AsSpan(Math.Max(0, labelStart - 7), Math.Min(6, labelStart - 1));
        foreach (var w in InstitutionEnds) if (before.EndsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] InstitutionEnds =
        ["政府", "法院", "检察院", "局", "委员会", "公司", "中心", "厅", "医院", "机关", "办公室", "大队", "分局", "厂", "商行", "合作社", "事务所", "银行", "学校", "协会"];

    /// <summary>
    /// The names of those who complained, from the first (<paramref name="first"/>, after 收到, 接到, 接获): with the
    /// others listed after it (刘芳、陈建华的联名举报), when a complaint follows them; empty when none does.
    /// </summary>
    private static List<LabelledValue> ComplainantsFrom(string s, LabelledValue first)
    {
        var names = new List<LabelledValue> { first };
        var end = first.End;
        while (names.Count < 10 && end + 1 < s.Length && s[end] is '、' or '和' or '及' or '与'
               && Name(s, end + 1, first.Kind, separated: false) is { } next)
        {
            names.Add(next);
            end = next.End;
        }
        return IsComplaintAfter(s, end) || IsPaymentAfter(s, end) ? names : [];
    }

    /// <summary>今收到卞春林复合肥款贰仟元整: a receipt's payer, the name before what was paid for.</summary>
    private static LabelledValue? Payer(string s, int at, LabelPolicy policy)
    {
        foreach (var length in FirstNameLengths)
            if (at + length < s.Length && ReadsAsName(s[at..(at + length)], policy) && IsPaymentAfter(s, at + length))
                return new LabelledValue(at, at + length, MaskKinds.OtherPersonName, s[at..(at + length)]);
        return null;
    }

    /// <summary>
    /// 今收到晏桂花货款, 收到卞春林复合肥款, 今收到冉子轩（家长：冉志强）暑期数学提高班学费: a receipt names who paid, maybe with a
    /// bracket after the name, then what the money was for.
    /// </summary>
    private static bool IsPaymentAfter(string s, int end)
    {
        if (end < s.Length && s[end] is '（' or '(' && s.IndexOfAny([')', '）'], end, Math.Min(16, s.Length - end)) is var close and > 0) end = close + 1;
        // 今收到 严国栋 购买化肥款: a receipt typed with spaces round the name.
        while (end < s.Length && s[end] is ' ' or '\u3000') end++;
        for (var k = end; k < s.Length && k - end < 10 && NameOccurrences.IsIdeograph(s[k]); k++)
            if (s[k] is '款' or '费') return true;
        return false;
    }

    /// <summary>A plate after 车牌号, its province maybe left out (C12345, 赣C·12345).</summary>
    private static LabelledValue? PlateAfterLabel(string s, int at)
    {
        var m = PlateAfterLabelPattern().Match(s, at, Math.Min(s.Length - at, 16));
        return m.Success && m.Index == at ? new LabelledValue(at, at + m.Length, MaskKinds.Plate) : null;
    }

    // 电动车号牌：宜春A12345, 南昌A123456: an electric bike's plate gives its city (the eleventh and twelfth red teams').
    [GeneratedRegex("(?:[\\u4E00-\\u9FFF]{2}(?=[A-Za-z][0-9]{5,6}(?![A-Za-z0-9])))?[\\u4E00-\\u9FFF]?[A-HJ-NP-Za-hj-np-z][·•・\\. \\-]?[A-HJ-NP-Za-hj-np-z0-9]{4,6}(?![A-Za-z0-9])")]
    private static partial Regex PlateAfterLabelPattern();

    /// <summary>An IPv4 address after IP or IP地址: where a person was online.</summary>
    private static LabelledValue? IpAddress(string s, int at)
    {
        var m = Ipv4().Match(s, at, Math.Min(s.Length - at, 16));
        return m.Success && m.Index == at ? new LabelledValue(at, at + m.Length, MaskKinds.Account) : null;
    }

    [GeneratedRegex("(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})(?:\\.(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})){3}(?![0-9])")]
    private static partial Regex Ipv4();

    private static bool IsAfterRole(string s, int start)
    {
        var before = s.AsSpan(Math.Max(0, start - 8), Math.Min(8, start));
        foreach (var (label, reader) in Labels)
            if (reader is Reader.Name or Reader.RoleName or Reader.PartyRole && before.Contains(label, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsInPartyName(LabelledValue v, LabelPolicy policy) =>
        !policy.NaturalParty && v.Name is { } n && TextFolding.Key(policy.PartyName).Contains(TextFolding.Key(n), StringComparison.Ordinal);

    /// <summary>
    /// What an advertisement, a label or a product claims (宣称可治愈乙肝, “孕妇及哺乳期妇女慎用”, 艾滋病检测试纸): the
    /// violation itself, not a fact about a person. Inside quotes, in a clause that speaks of claims or products, or
    /// what a medicine treats (抗抑郁症药物, 治疗乙肝的恩替卡韦分散片).
    /// </summary>
    private static bool IsClaim(string s, int at)
    {
        // 抗抑郁症药物, 治疗乙肝的恩替卡韦: what a medicine is for.
        if (at > 0 && s[at - 1] == '抗' || at > 1 && string.CompareOrdinal(s, at - 2, "治疗", 0, 2) == 0) return true;
        var open = s.LastIndexOf('“', at);
        if (open >= 0 && s.LastIndexOf('”', at) < open && at - open < 80) return true;
        var from = at - ClauseBefore(s, at).Length;
        var to = at;
        while (to < s.Length && to - at < 30 && s[to] is not ('。' or '\n' or ';' or '；' or '，' or ',')) to++;
        var clause = s.AsSpan(from, to - from);
        foreach (var w in ClaimWords) if (clause.Contains(w, StringComparison.Ordinal)) return true;
        // 当事人宣称，老人患高血压后服用…: what was claimed, after the claim's verb and its comma or colon.
        if (from > 1 && s[from - 1] is '，' or ',' or '：' or ':')
        {
            var before = s.AsSpan(Math.Max(0, from - 3), from - 1 - Math.Max(0, from - 3));
            if (before.EndsWith("宣称", StringComparison.Ordinal) || before.EndsWith("声称", StringComparison.Ordinal) || before.EndsWith("宣传", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] ClaimWords =
        ["广告", "宣称", "声称", "宣传", "治愈", "疗效", "功效", "标注", "标签", "标识", "说明书", "字样", "慎用", "禁用", "适用", "试纸", "试剂", "检测"];

    /// <summary>Inside “…” on its line: quoted words (an advertisement's, a slogan).</summary>
    private static bool InQuotes(string s, int at)
    {
        var open = s.LastIndexOf('“', at);
        return open >= 0 && s.LastIndexOf('”', at) < open && s.LastIndexOf('\n', at) < open;
    }

    /// <summary>Inside 《…》: a law's title (《残疾人保障法》) is not a fact about a person.</summary>
    private static bool InsideTitle(string s, int at)
    {
        var open = s.LastIndexOf('《', at);
        return open >= 0 && s.LastIndexOf('》', at) < open;
    }

    /// <summary>
    /// 住 alone, as a clause of its own (，男，住宜春市…；住在…), followed by what reads as an address; not 住宿, 住院,
    /// 住房 or 居住, which are words. Read, like 住所, only where the clause is about a person.
    /// </summary>
    private static LabelledValue? Lives(string s, int index, int at, LabelPolicy policy, bool homeOnly)
    {
        // 住 alone after a clause's start: punctuation, a line, a table cell, a tag (the gate reads pages as
        // written); 居住在, 现居, 老家在 are words of their own.
        // 住在 and 住于 are a clause's verb wherever they stand (刘德胜住在…).
        var followedByIn = at < s.Length && s[at] is '在' or '于';
        var opensClause = at - index != 1 || index == 0 || followedByIn
            || s[index - 1] is '，' or ',' or '、' or '：' or ':' or '；' or ';' or '（' or '(' or ' ' or '\n' or '|' or '*' or '>';
        // 当事人住…1203室, 王小明住…, 证人刘海波住…: 住 straight after whoever lives there (a person's word or name), and
        // in a company's decision after a comma (员工刘海波，住…1203室), where what follows is a home: a room, a building, a
        // village group. Not 住 that ends a verb (堵住, 锁住 a fire exit, 暂住证), nor a word it starts (住宿楼, 住房公积金,
        // 住建局), nor a guest's room in a hotel.
        if (!opensClause && !PersonBefore(s, index, policy)) return null;
        if (at - index == 1 && at < s.Length && "宿房建宅所址处户院".Contains(s[at])) return null;
        if (followedByIn) at++;
        if (Address(s, at) is not { } v || s.AsSpan(v.Start, v.End - v.Start).IndexOfAny(AddressParts) < 0) return null;
        var home = s.AsSpan(v.Start, v.End - v.Start);
        if (!opensClause && (home.Contains("房间", StringComparison.Ordinal) || HotelBefore(s, index))) return null;
        // 王小明住…路88号, 其妻子住…, 店主住…: 住 straight after a person says the place is a home, a street number as much as
        // a room (the thirteenth round's); 刘德胜，住…: a clause that is a name alone says it too.
        var saidOfPerson = !opensClause || NameAloneBeforeComma(s, index, policy) is not null;
        return (opensClause && !homeOnly) || saidOfPerson && !NamesInstitution(home) || IsHome(home) ? v : null;
    }

    /// <summary>
    /// 在其家中（…）, 在其宿舍（…）: the address in the bracket after a word for a home. After a dormitory or a rented room
    /// only when it holds a home, the person's own (其宿舍（…）) or in a natural person's decision (员工宿舍（宜阳大道88号
    /// 厂区内） is the company's); after 家里 or 自建房内 not when it names premises (…商铺101室).
    /// </summary>
    private static LabelledValue? HomeInBrackets(string s, int index, string label, int at, LabelPolicy policy)
    {
        if (Address(s, at) is not { } home) return null;
        var place = s.AsSpan(home.Start, home.End - home.Start);
        if (label[0] is '宿' or '出' or '租' && !((policy.NaturalParty || index > 0 && s[index - 1] == '其') && IsHome(place))) return null;
        // 其房屋, 其楼顶, 自家楼顶: the party's own building, a home only where the party is a person (a company's is its premises).
        if (PartysBuildings.Contains(label) && !policy.NaturalParty) return null;
        return label is "家里" or "自建房内" && NamesInstitution(place) ? null : home;
    }

    private static readonly HashSet<string> PartysBuildings = ["其房屋", "其住宅楼下", "其住宅楼", "自家楼顶", "自家楼下", "自家门前", "其楼顶"];

    /// <summary>
    /// 当事人住, 其妻子住, 证人刘海波住, 王小明住: who lives there, straight before 住; and a record's 我一直住, 他现在住 (the
    /// eleventh red team's), where how long or since when stands between.
    /// </summary>
    private static readonly string[] HowLong = ["一直", "现在", "目前", "平时", "长期", "常年", "平常", "以前", "原来", "还"];

    private static bool PersonBefore(string s, int index, LabelPolicy policy)
    {
        index = BeforeHowLong(s, index);
        if ("我他她".Contains(s[index - 1]) && !(index > 1 && s[index - 2] == '其')) return true;
        if ("人子妻夫母父爸妈亲哥姐弟妹儿婆爷奶".Contains(s[index - 1])) return !s.AsSpan(0, index).EndsWith("客人", StringComparison.Ordinal);
        // 店主住, 车主住, 业主住 (not 为主住, 理事会主住, 分店主住).
        if (s[index - 1] == '主') return index > 1 && "店车业户房雇货船矿塘摊".Contains(s[index - 2]) && !(index > 2 && s[index - 3] == '分');
        return NameBefore(s, index, policy) is not null || policy.NaturalParty && PartyNameBefore(s, index, policy);
    }

    /// <summary>
    /// 王小明住…, 刘德胜家住…, 李秀英一直居住在…, 员工刘德胜，住…: the name straight before where a person lives, or alone in
    /// the clause before it, is a person's (the thirteenth round's: the home was masked and the name published).
    /// </summary>
    private static void DwellerBefore(string s, int index, LabelPolicy policy, List<LabelledValue> found)
    {
        // 家住, 现住, 暂住, 居住在: 住 read again inside a longer verb, whose own reading looks for the name.
        if (index == 0 || s[index] == '住' && "家现暂居租".Contains(s[index - 1])) return;
        var afterComma = s[index - 1] is '，' or ',';
        if ((afterComma ? NameAloneBeforeComma(s, index, policy) : NameBefore(s, BeforeHowLong(s, index), policy)) is not { Name: { } name } dweller
            || NamesAThing(name) || NamedAsOfficer(s, name)
            // 业主住, 车主住, 工人住: who, not a name.
            || name[^1] is '主' or '人') return;
        found.Add(dweller);
    }

    /// <summary>
    /// 刘德胜，住…: a clause that is a name of three characters and nothing else before the comma ahead of <paramref name="index"/>
    /// (two are as often a brand's: 华联，住…; a role before the name reads the clause as a person's already).
    /// </summary>
    private static LabelledValue? NameAloneBeforeComma(string s, int index, LabelPolicy policy) =>
        index > 0 && s[index - 1] is '，' or ',' && NameBefore(s, index - 1, policy) is { } named && named.End - named.Start == 3
        && ClauseBefore(s, index - 1).Length == 3 ? named : null;

    private static readonly HashSet<string> HomeVerbs = ["住", "家住", "现住", "暂住", "居住在", "居住于", "现居", "租住", "租住在", "租住于"];

    /// <summary>Where <paramref name="index"/> stands after 一直, 现在 and the like (我一直住): before them.</summary>
    private static int BeforeHowLong(string s, int index)
    {
        foreach (var since in HowLong)
            if (s.AsSpan(0, index).EndsWith(since, StringComparison.Ordinal) && index - since.Length > 0) return index - since.Length;
        return index;
    }

    /// <summary>A person's name of three or two characters straight before <paramref name="index"/> (王小明住, 刘德胜，住).</summary>
    private static LabelledValue? NameBefore(string s, int index, LabelPolicy policy) =>
        IdeographsBefore(s, index, name => IsPersonsName(name, policy)) is { } name ? new(index - name.Length, index, MaskKinds.OtherPersonName, name) : null;

    private static bool PartyNameBefore(string s, int index, LabelPolicy policy) =>
        IdeographsBefore(s, index, name => policy.PartyName.Contains(name, StringComparison.Ordinal)) is not null;

    /// <summary>The three or else two ideographs straight before <paramref name="index"/> that <paramref name="fit"/>, or null.</summary>
    private static string? IdeographsBefore(string s, int index, Func<string, bool> fit)
    {
        for (var length = 3; length >= 2; length--)
            if (index - length >= 0 && s.Substring(index - length, length) is var word && word.All(NameOccurrences.IsIdeograph) && fit(word)) return word;
        return null;
    }

    /// <summary>A hotel, a guesthouse or a guest earlier in the clause (旅客住3栋302室): a guest's room there is no home.</summary>
    private static bool HotelBefore(string s, int index) => ClauseBefore(s, index).ContainsAny(HotelWords);

    private static readonly SearchValues<string> HotelWords =
        SearchValues.Create(["酒店", "宾馆", "旅馆", "民宿", "招待所", "旅社", "客房", "旅客", "房客", "住客"], StringComparison.Ordinal);

    /// <summary>The clause before <paramref name="at"/>: back to its comma, full stop, semicolon or line, at most 40 characters.</summary>
    private static ReadOnlySpan<char> ClauseBefore(string s, int at)
    {
        var from = at;
        while (from > 0 && at - from < 40 && s[from - 1] is not ('。' or '，' or ',' or '；' or ';' or '\n')) from--;
        return s.AsSpan(from, at - from);
    }

    private static readonly string[] Dwellings = ["民房", "房屋", "房子", "住房"];

    private static readonly SearchValues<char> AddressParts = SearchValues.Create("省市县区镇乡村路街道巷弄号组栋幢室屯");

    /// <summary>An ID or document number: letters and digits, maybe grouped by spaces or dashes, with a bracketed check digit (A123456(7)).</summary>
    private static LabelledValue? Code(string s, int at, string kind, int? least = null)
    {
        var end = at;
        var alnum = 0;
        var digits = 0;
        var i = at;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                alnum++;
                if (char.IsAsciiDigit(c)) digits++;
                end = ++i;
                continue;
            }
            // A single space or dash between groups, or (7) after a Hong Kong ID.
            if (c is ' ' or '-' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && alnum > 0) { i++; continue; }
            if (c is '(' or '（' && i + 2 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]) && s[i + 2] is ')' or '）') { alnum++; end = i += 3; continue; }
            // Y 654321 (3): the check digit a space apart.
            if (c == ' ' && alnum > 0 && i + 3 < s.Length && s[i + 1] is '(' or '（' && char.IsAsciiLetterOrDigit(s[i + 2]) && s[i + 3] is ')' or '）') { alnum++; end = i += 4; continue; }
            break;
        }
        // An ID number has 15 or 18 characters (a few missing or extra in a typo); passports, 港澳通行证 and
        // 台胞证 8-10; an account 10 or more digits. Shorter is a part, a count or a date, not the number.
        var minimum = least ?? kind switch { MaskKinds.IdNumber => 14, MaskKinds.BankCard => 12, _ => 7 };
        // 身份证号码：A123456(7): an ID card of Hong Kong, Macau or Taiwan after the mainland's label.
        if (kind == MaskKinds.IdNumber && alnum < minimum && OtherRegionsId().IsMatch(s.AsSpan(at, end - at))) return new LabelledValue(at, end, MaskKinds.Document);
        if (alnum < minimum || digits < 4 || alnum > 24 || IsDate(s.AsSpan(at, end - at))) return null;
        return new LabelledValue(at, end, kind);
    }

    /// <summary>Hong Kong's A123456(7), Macau's 1234567(8), Taiwan's A123456789.</summary>
    [GeneratedRegex("^(?:[A-Z]{1,2}[0-9]{6}[(（][0-9A][)）]|[157][0-9]{6}[(（][0-9][)）]|[A-Z][12][0-9]{8})$")]
    private static partial Regex OtherRegionsId();

    /// <summary>
    /// Where 第 stands before a certificate's number (军字第1234567号, 袁房权证宜春字第…号, 赣(2019)宜春市不动产权第0034521号),
    /// when all before it is the series: up to twelve ideographs, or ideographs around a year in brackets. -1 when there is none.
    /// </summary>
    private static int SeriesBeforeNumber(string s, int at)
    {
        var di = s.IndexOf('第', at, Math.Min(20, s.Length - at));
        if (di < 0 || di + 1 >= s.Length || !char.IsAsciiDigit(s[di + 1])) return -1;
        var series = s.AsSpan(at, di - at);
        if (series.IndexOfAnyExceptInRange('\u4E00', '\u9FFF') < 0) return series.Length <= 12 ? di : -1;
        // A year in brackets, as the certificates write it: 赣(2019), 赣（2008）.
        var open = series.IndexOfAny('(', '（');
        if (open < 0 || open + 5 >= series.Length || series[(open + 1)..(open + 5)].IndexOfAnyExceptInRange('0', '9') >= 0
            || series[open + 5] is not (')' or '）')) return -1;
        return series[..open].IndexOfAnyExceptInRange('\u4E00', '\u9FFF') < 0 && series[(open + 6)..].IndexOfAnyExceptInRange('\u4E00', '\u9FFF') < 0 ? di : -1;
    }

    /// <summary>2011-07-29, 2011 07 29: a date written after a label is not a number of the person's.</summary>
    private static bool IsDate(ReadOnlySpan<char> v)
    {
        while (!v.IsEmpty && !char.IsAsciiDigit(v[0])) v = v[1..];
        Span<Range> groups = stackalloc Range[6];
        var n = v.SplitAny(groups, " -./");
        return n >= 3 && v[groups[0]].Length == 4 && v[groups[1]].Length is 1 or 2 && v[groups[2]].Length is 1 or 2;
    }

    private static LabelledValue? Phone(string s, int at, PublicNumbers? publicNumbers)
    {
        var end = at;
        var digits = new System.Text.StringBuilder();
        var i = at;
        if (i < s.Length && s[i] is '+' or '(' or '（') i++;
        while (i < s.Length && digits.Length <= 20)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c)) { digits.Append(c); end = ++i; continue; }
            if (digits.Length == 0 && c is not ('(' or '（' or ' ')) break;
            // 139…1234-8012, 0795-3212345-8012: a dash after a whole number starts its extension; a bracket, a second number.
            if (c is '-' or '—' or '–' or '(' or '（' && IsWholeNumber(digits, s.AsSpan(at, i - at))) break;
            if (c is ' ' or '-' or '—' or '–' or '.' or '(' or ')' or '（' or '）' && i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || s[i + 1] is '(' or '（')) { i++; continue; }
            break;
        }
        if (digits.Length is < 7 or > 16 || IsDate(s.AsSpan(at, end - at))) return null;
        var d = digits.ToString();
        if (d.StartsWith("0086", StringComparison.Ordinal) && d.Length == 15) d = d[4..];
        else if (d.StartsWith("86", StringComparison.Ordinal) && d.Length == 13) d = d[2..];
        if (publicNumbers is not null && (publicNumbers.Contains(d) || publicNumbers.Contains(digits.ToString()))) return null;
        // A phone: a mobile, a number with its area code, or a local number of 7-8 digits (not a date or a count);
        // after +, any number in international form (+852 9123 4567, +86 795 3261234).
        // 0086 795 3212345: 00 dials abroad as + does.
        var international = (s[at] == '+' || digits[0] == '0' && digits[1] == '0') && digits.Length is >= 8 and <= 15;
        // 手机：139 0795 123: a mobile written with a digit missing or one too many is still the person's, after its label.
        var misCounted = d.Length is 10 or 12 && d[0] == '1' && d[1] is >= '3' and <= '9';
        if (!(international || misCounted || PhoneNumbers.IsMobile(d) || d[0] == '0' && d.Length is >= 10 and <= 12 || d.Length is 7 or 8 && d[0] is not ('0' or '1'))) return null;
        var start = at;
        end = ExtensionEnd(s, end);
        if (end < s.Length && s[end] is ')' or '）' && s.AsSpan(start, end - start).IndexOfAny('(', '（') >= 0 && s.AsSpan(start, end - start).IndexOfAny(')', '）') < 0) end++;
        return new LabelledValue(start, end, PhoneNumbers.IsMobile(d) || misCounted ? MaskKinds.Mobile : MaskKinds.Landline);
    }

    /// <summary>
    /// Where a phone number's extension ends after <paramref name="end"/>, or <paramref name="end"/> when none follows: 转802,
    /// 分机802, -8012, and as the tenth red team wrote them, 转 8012, ext.8012, （分机：8012）.
    /// </summary>
    private static int ExtensionEnd(string s, int end)
    {
        var at = end;
        while (at < s.Length && at - end < 2 && s[at] == ' ') at++;
        var bracket = at < s.Length && s[at] is '（' or '(';
        if (bracket) at++;
        var label = at >= s.Length ? 0
            : s[at] is '转' ? 1
            : s[at] is '-' or '—' or '–' && at == end ? 1
            : string.CompareOrdinal(s, at, "分机", 0, 2) == 0 ? 2
            : string.Compare(s, at, "ext", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 ? 3 : 0;
        if (label == 0) return end;
        at += label;
        while (at < s.Length && at - end < 8 && s[at] is ' ' or '.' or '：' or ':') at++;
        var digits = at;
        while (at < s.Length && at - digits < 6 && char.IsAsciiDigit(s[at])) at++;
        // Not a date, an amount or a count after a dash (139…-2025年, -12箱).
        if (at - digits is < 1 or > 5 || at < s.Length && (char.IsAsciiDigit(s[at]) || s[at] == '.' || NameOccurrences.IsIdeograph(s[at]))) return end;
        if (!bracket) return at;
        return at < s.Length && s[at] is '）' or ')' ? at + 1 : end;
    }

    /// <summary>
    /// The digits read so far make a whole number, so a dash ends it: a mobile's eleven, or an area code and a local
    /// number already split by a dash (0795-3212345).
    /// </summary>
    private static bool IsWholeNumber(System.Text.StringBuilder digits, ReadOnlySpan<char> read) =>
        digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9'
        || digits.Length is >= 10 and <= 12 && digits[0] == '0' && read.IndexOfAny('-', '—', '–') >= 0;

    /// <summary>A WeChat ID or QQ number: 5-20 letters, digits, _ or -, with at least one digit or starting with a letter.</summary>
    private static readonly SearchValues<char> LatinLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>短号661238: a number inside a company's or a family's mobile group, three to six digits after its label.</summary>
    private static LabelledValue? ShortNumber(string s, int at)
    {
        var end = at;
        while (end < s.Length && char.IsAsciiDigit(s[end])) end++;
        // Not the start of a date or a longer number (短号2014-09, 短号12.5).
        return end - at is >= 3 and <= 6 && (end == s.Length || !char.IsAsciiLetterOrDigit(s[end]) && s[end] is not ('-' or '.' or '/' or ':' or '年'))
            ? new LabelledValue(at, end, MaskKinds.Mobile) : null;
    }

    private static LabelledValue? Handle(string s, int at)
    {
        // Telegram：@lcs1985: the @ is how the handle is written, not part of what identifies it.
        var i = at < s.Length && s[at] == '@' ? at + 1 : at;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '_' or '-') && i - at <= 30) i++;
        i = WrappedHandleEnd(s, at, i);
        var length = i - at - (s[at] == '@' ? 1 : 0) - (s.AsSpan(at, i - at).Contains('\n') ? s.AsSpan(at, i - at).Contains('\r') ? 2 : 1 : 0);
        if (length is < 5 or > 30) return null;
        return new LabelledValue(at, i, MaskKinds.Account);
    }

    /// <summary>
    /// 微信号：lhb⏎1985 (the sixteenth red team's): a handle hard-wrapped at the line's end goes on at the next line's start, when
    /// that line holds nothing else before a clause's end (not a list's next item, 2、…, nor a line of prose). Where it ends.
    /// </summary>
    private static int WrappedHandleEnd(string s, int at, int end)
    {
        if (end == at || end >= s.Length || s[end] is not ('\n' or '\r')) return end;
        var next = end + (s[end] == '\r' && end + 1 < s.Length && s[end + 1] == '\n' ? 2 : 1);
        var i = next;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '_' or '-') && i - at <= 31) i++;
        return i > next && i - at <= 31 && (i == s.Length || s[i] is '\n' or '\r' or '，' or ',' or '。' or '；' or ';' or '）' or ')') ? i : end;
    }

    /// <summary>
    /// An address that is a home (a room, a building's unit, a village group), not an institution's: goods sent to a
    /// customer's door are personal, samples sent to a laboratory are not.
    /// </summary>
    private static bool IsHome(ReadOnlySpan<char> address) =>
        !NamesInstitution(address)
        && (address.IndexOfAny("室栋幢组") >= 0 || address.Contains("单元", StringComparison.Ordinal)
            || address.Contains("号", StringComparison.Ordinal) && address.Contains("村", StringComparison.Ordinal));

    /// <summary>An address that ends at a company, an institution or a shop (…检验检测中心, …公司仓库): not a home.</summary>
    private static bool NamesInstitution(ReadOnlySpan<char> address)
    {
        foreach (var institution in Institutions)
            if (address.Contains(institution, StringComparison.Ordinal)) return true;
        return false;
    }

    // 超市, 商铺, 写字楼, 实验室 … (the tenth over-mask round's): a room number there is premises, not a home.
    private static readonly string[] Institutions = ["公司", "院", "所", "中心", "局", "站", "厂", "店", "部", "馆", "处", "仓", "学校", "大学",
        "超市", "商铺", "写字楼", "实验室", "办公", "食堂", "门市", "商场", "市场", "中学", "小学", "幼儿园", "车间", "工地", "驻地", "收购点", "网点"];

    /// <summary>
    /// A name someone goes by online, in quotes (昵称为“江南小王子”) or after a colon up to the clause's end
    /// (网名：春风十里), at most 20 characters.
    /// </summary>
    private static LabelledValue? Nickname(string s, int at)
    {
        if (at < s.Length && s[at] is '“' or '"' or '「' or '『' or '‘')
        {
            var close = s.IndexOfAny(['”', '"', '」', '』', '’'], at + 1);
            return close > at + 1 && close - at <= 21 && !s.AsSpan(at + 1, close - at - 1).Contains('【') ? new LabelledValue(at + 1, close, MaskKinds.Account) : null;
        }
        // 外号叫老三, 绰号是小四川: the name after 叫 or 是, up to the clause's end.
        if (at < s.Length - 1 && s[at] is '叫' or '是')
        {
            if (s[at + 1] is '“' or '"' or '「' or '『' or '‘') return Nickname(s, at + 1);
            return NicknameToClauseEnd(s, at + 1, 8, endsAtDe: true);
        }
        return at > 0 && s[at - 1] is '：' or ':' ? NicknameToClauseEnd(s, at, 20, endsAtDe: false) : null;
    }

    /// <summary>
    /// From <paramref name="at"/> up to the clause's end (or 的, after 叫), if that is shorter than <paramref name="max"/>; a bracket
    /// ends it too (微信昵称：海波哥（wx：…）, whose account's colon made it no nickname).
    /// </summary>
    private static LabelledValue? NicknameToClauseEnd(string s, int at, int max, bool endsAtDe)
    {
        var end = at;
        while (end < s.Length && end - at < max && s[end] is not ('，' or ',' or '。' or '；' or ';' or '、' or '）' or ')' or '\n' or '|' or '【' or '（' or '(')
            && !(endsAtDe && s[end] == '的')) end++;
        // A clause that runs into a mask (ID:暩【银行卡号已隐去】) was read with what the mask stands for, which made it no
        // nickname; the part before the mask is none either. Nor is one that holds a label of its own (ID:：ID:陌…).
        if (end < s.Length && s[end] == '【' || s.AsSpan(at, end - at).IndexOfAny("：:") >= 0) return null;
        // Nor one that ends inside a number grouped by thousands (ID:：勧Tel 货值金额 56,196,867 元): it ran into an amount.
        // Nor one that holds a date, an article, a document's number, an amount, a postcode or an officer's certificate
        // (ID:：2000年8月31日潵No., ID:：第248条第5款潵No., ID:：No.No.邮编271966): it ran into the text's next part.
        if (end > at && end + 1 < s.Length && s[end] == ',' && char.IsAsciiDigit(s[end - 1]) && char.IsAsciiDigit(s[end + 1])
            || TextsNextPartInside().IsMatch(s.AsSpan(at, end - at))) return null;
        return end > at && end - at < max ? new LabelledValue(at, end, MaskKinds.Account) : null;
    }

    [GeneratedRegex("[0-9]{2,4}年[0-9]{1,2}月|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|第[0-9]+条|〔[0-9]{4}〕|[0-9]元|人民币|邮编[0-9]|执法证号")]
    private static partial Regex TextsNextPartInside();

    // 存放地点：宜春市袁州区秀江东路88号（当事人家中）: what the bracket says, not the label, makes it a home; what comes before
    // it is an address only if it names a place or a number as addresses do (not 03:30开户行Tel 維（住所）, 执法证号3609…（住所）),
    // and holds no 〔〕, which only a document's number does (宜市监处罚〔2019〕495号（住所）).
    // One of AddressParts, 号 only after a digit (88号, not 执法证号).
    private static bool NamesAPlace(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
            if (AddressParts.Contains(value[i]) && (value[i] != '号' || i > 0 && char.IsAsciiDigit(value[i - 1]))) return true;
        return false;
    }

    [GeneratedRegex("(?<=[在于至到])[^，,。；;：:\n（(【在于]{4,40}?(?:[0-9]+室|[0-9]+号|[0-9]+栋|[0-9]+幢|组)(?=的(?:出租屋|出租房|租房|住处|住所|住房|房子|家(?![具电禽畜用纺政])|宿舍|民房))")]
    private static partial Regex HomeBeforeWhatItIs();

    [GeneratedRegex("(?<=[在于至到])[^，,。；;：:\n（(【在于]{4,40}?(?:[0-9]+室|[0-9]+号|[0-9]+栋|[0-9]+幢|组)(?=自家(?:房屋|住房|院|楼顶|屋顶|楼下|门前|门口|厨房|住宅|宅基地|后院|屋后|屋前|老屋|新屋))")]
    private static partial Regex HomeBeforeOwnHouse();

    // From the verb, a literal the search can jump to: starting with a lookbehind, the pattern was tried at every position
    // of every page that says 位于 (the caller checks the dwelling's word before it, or the household after it).
    [GeneratedRegex("(?:坐落于|坐落在|位于)(?<place>[^，,。；;：:\\n（(【]{4,40})")]
    private static partial Regex DwellingLocatedAt();

    [GeneratedRegex("(?<=[：:])[ \u3000]*[^，,。；;：:\n（(【〔]{4,40}?(?=[（(](?:当事人|其|法定代表人|经营者|负责人)?(?:的)?(?:家中|住所|住处|住宅|自有住房|自住房|住房|家)[）)])")]
    private static partial Regex AddressSaidToBeAHome();

    /// <summary>留置于当事人住所（袁州区西村镇…8号）: the address in a bracket straight after the label, when it reads as one (not 住所（经营场所）).</summary>
    private static int BracketedAddress(string s, int at, int labelEnd)
    {
        if (at != labelEnd || at + 1 >= s.Length || s[at] is not ('（' or '(')) return at;
        var close = s.IndexOfAny([')', '）'], at, Math.Min(60, s.Length - at));
        return close > at && s.AsSpan(at, close - at).IndexOfAny("号村组路街栋室巷弄") >= 0 ? at + 1 : at;
    }

    /// <summary>
    /// Where the bracket at <paramref name="open"/> closes, if it holds a place's parts (路, 号 after a digit, 组, 室 …) and
    /// nothing an address does not: a mask, a document number's 〔〕, a bracket, a label or a list (（宜市监处罚〔2025〕12号、…）).
    /// </summary>
    private static int AddressInBrackets(string s, int open)
    {
        var close = s.IndexOfAny([')', '）'], open, Math.Min(40, s.Length - open));
        if (close < open + 3) return -1;
        var inside = s.AsSpan(open + 1, close - open - 1);
        return inside.IndexOfAny("【〔（(：:、，,;；") < 0 && NamesAPlace(inside) ? close : -1;
    }

    /// <summary>An address: up to the end of the clause (，。；, a line or a table cell), at least four characters.</summary>
    private static LabelledValue? Address(string s, int at)
    {
        var i = at;
        // A space ends the address after its last part (…88号3栋 执法人员…), not inside it (秀江路 88 号).
        // A tab ends it too: the next cell of a table pasted from a spreadsheet.
        while (true)
        {
            while (i < s.Length && i - at < 80 && !(s[i] == ' ' && i > at && "号栋幢室组楼层村户".Contains(s[i - 1])) && s[i] is not ('\t' or '，' or ',' or '。' or '；' or ';' or '\n' or '\r' or '|' or '）' or ')' or '（' or '(' or '【' or '】' or '<' or '、' or '*' or '“' or '”' or '"')) i++;
            // 金海花园（宜阳大道88号3栋1201室）, 湖田村（下屋组12号）: the rest of the address in brackets after an estate's or a
            // village's name goes with it (not （当事人家中）, （经营场所）, which say what the place is; after 其表姐家 the bracket is
            // the address itself, masked on its own).
            if (i > at && i < s.Length && s[i] is '（' or '(' && s[i - 1] != '家' && !(s[i - 1] is '中' or '里' && i - 2 >= at && s[i - 2] == '家')
                && AddressInBrackets(s, i) is var close and > 0) { i = close + 1; continue; }
            // 1203室、1204室: two rooms of one address (the second was published after the first's mask).
            if (i > at && i + 1 < s.Length && s[i] == '、' && s[i - 1] == '室' && RoomEnd(s, i + 1) is var room and > 0) { i = room; continue; }
            break;
        }
        // 住所：宜春市袁州区⏎西村镇…上邹家组: a hard wrap after a district or a town; the address goes on on the next line
        // when that line is the rest of one (a place word, no label and colon of its own).
        if (i < s.Length && s[i] is '\r' or '\n' && i > at && "省市县区镇乡道".Contains(s[i - 1]))
        {
            var next = i + (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1);
            var end = next < s.Length ? s.IndexOfAny(['\n', '\r', '，', ',', '。', '；', ';', '：', ':', '|'], next) : -1;
            if (end < 0) end = s.Length;
            if (end - next is >= 2 and <= 40 && (end >= s.Length || s[end] is not ('：' or ':')) && s.AsSpan(next, end - next).IndexOfAny("号村组路街栋室巷弄镇乡") >= 0) i = end;
        }
        i = AddressEnd(s, at, i);
        while (i > at && char.IsWhiteSpace(s[i - 1])) i--;
        if (i - at < 4) return null;
        var ideographs = 0;
        for (var k = at; k < i; k++) if (NameOccurrences.IsIdeograph(s[k])) ideographs++;
        // Already masked (the gate reads redacted output), or not given.
        var value = s.AsSpan(at, i - at);
        if (ideographs < 2 || value.Contains('【') || value.StartsWith("不详", StringComparison.Ordinal) || value.StartsWith("同上", StringComparison.Ordinal)) return null;
        // "家庭住址等个人信息不予公开": the label named in a sentence about addresses, not followed by one.
        if ("等及和或与的不均以为在".Contains(value[0])) return null;
        // 经常居住地：…, 暂住地址：…, 老家地址：…: the rest of a longer label after a shorter one (住, 暂住, 老家), whose own
        // reading masks the address after the colon; read from here it would take the label's end with it.
        if ("地址处所".Contains(value[0]) && value[..Math.Min(3, value.Length)].IndexOfAny("：:") > 0) return null;
        // 问：你家住哪里？: the label in a question, not followed by the home (the answer is read by AnswerAboutHome).
        if (value[0] is '哪' or '何' || value.StartsWith("什么", StringComparison.Ordinal)) return null;
        return new LabelledValue(at, i, MaskKinds.Address);
    }

    /// <summary>
    /// Where an address read to the clause's end really ends: after a flat's room (…3栋1203室存放了白酒20箱), or after a
    /// number or a village group that what was done there follows (…下屋组23号查获…, …23号的家中). The tenth red team found
    /// the rest of the clause masked with the address: the goods, the amounts, a witness's words.
    /// </summary>
    private static int AddressEnd(string s, int at, int end)
    {
        var open = false;
        for (var k = at + 1; k < end - 1; k++)
        {
            // Not inside a bracket the address runs through (金海花园（…1203室）): its ） would be left behind.
            if (s[k - 1] is '（' or '(') open = true;
            else if (s[k - 1] is '）' or ')') open = false;
            // 家住…湖田村下屋组平时在县城务工: a village group, then what the person does.
            if (!open && s[k] == '组' && StartsWithAny(s, k + 1, WhatWasDoneThere)) return k + 1;
            if (open || !char.IsAsciiDigit(s[k - 1]) && s[k - 1] is not ('F' or 'f')) continue;
            // A room is the last part an address has. What straight follows it may still be where it is: a shop, an office,
            // a laboratory (…101室嘉禾超市, read whole, is premises), or the estate written after the room (…1203室嘉禾公寓).
            if (s[k] == '室' && s[k + 1] is not ('（' or '(' or '和' or '及' or '与' or '至' or '到' or '-' or '—' or '~' or '、'))
            {
                var next = s.AsSpan(k + 1, Math.Min(16, end - k - 1));
                return NamesInstitution(next) || next.ContainsAny(ResidenceWords) ? end : k + 1;
            }
            if (s[k] is '号' or '组' or '栋' or '幢' && StartsWithAny(s, k + 1, WhatWasDoneThere)) return k + 1;
        }
        return end;
    }

    /// <summary>Where a room written alone (1204室, B1204室) that starts at <paramref name="at"/> ends, or 0.</summary>
    private static int RoomEnd(string s, int at)
    {
        var i = at;
        while (i < s.Length && i - at < 8 && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '-')) i++;
        return i > at && i < s.Length && s[i] == '室' ? i + 1 : 0;
    }

    private static readonly SearchValues<string> ResidenceWords = SearchValues.Create(["公寓", "小区", "花园", "家园", "大厦", "苑"], StringComparison.Ordinal);

    private static readonly string[] WhatWasDoneThere =
        ["的", "存放", "查获", "现场", "用于", "发现", "开设", "经营", "销售", "加工", "生产", "储存", "贮存", "堆放", "制作", "居住", "家中", "租住", "内", "处", "被", "将", "向", "对",
         // The eleventh red team's: a place near the home (…23号附近的一间仓库内存放…), what the person does, the next field.
         "附近", "旁边", "对面", "后面", "一带", "东侧", "西侧", "南侧", "北侧", "平时", "一直", "长期", "常年", "目前", "现在",
         "身份证", "公民身份", "联系电话", "电话", "手机", "职业", "民族"];

    /// <summary>Two to four ideographs from <paramref name="at"/> and then the end of the line.</summary>
    private static bool NameEndsLine(string s, int at)
    {
        var end = at;
        while (end < s.Length && end - at < 5 && NameOccurrences.IsIdeograph(s[end])) end++;
        return end - at is >= 2 and <= 4 && (end == s.Length || s[end] is '\n' or '\r');
    }

    /// <summary>陈某某, 陈某, 陈××: a name staff masked by hand at <paramref name="at"/>.</summary>
    private static LabelledValue? MaskedNameAt(string s, int at)
    {
        var surname = Surnames.At(s, at);
        if (surname == 0) return null;
        var end = at + surname;
        while (end < s.Length && end - at - surname < 2 && s[end] is '某' or '×' or '*' or '＊') end++;
        return end > at + surname ? new LabelledValue(at, end, MaskKinds.OtherPersonName) : null;
    }

    /// <summary>证人：刘⏎春梅: a hard-wrapped line that broke a name after its surname; the mask keeps the line break.</summary>
    private static LabelledValue? BrokenAfterSurname(string s, int at, int surname)
    {
        var given = at + surname;
        if (given < s.Length && s[given] == '\r') given++;
        if (given >= s.Length || s[given] != '\n') return null;
        given++;
        var length = 0;
        while (given + length < s.Length && length < 2 && NameOccurrences.IsIdeograph(s[given + length])) length++;
        var after = given + length;
        if (length == 0 || NotGiven.Contains(s[given])
            || after < s.Length && NameOccurrences.IsIdeograph(s[after]) && !StartsWithFollowWord(s, after) && !AfterName.Contains(s[after])) return null;
        var name = string.Concat(s.AsSpan(at, surname), s.AsSpan(given, length));
        return PartyNames.IsMasked(name) ? null : new LabelledValue(at, after, MaskKinds.OtherPersonName, name);
    }

    /// <summary>
    /// 证人：李春生、王小红、赵大山; 店员刘志强及陈美华; 员工刘志强、陈美华、李大勇三人: the names listed after the
    /// first one a role names, joined by 、 和 及 与, or by a comma where the next name is its clause (证人刘志强，陈美华，).
    /// </summary>
    private static void ListedAfter(string s, LabelledValue first, LabelPolicy policy, List<LabelledValue> found, bool spaced = false)
    {
        var end = first.End;
        for (var count = 0; count < 20 && end + 1 < s.Length; count++)
        {
            var gap = s[end] is '、' or '和' or '及' or '与' or '，' or ',' ? 1 : 0;
            // 劳动者名单：廖春生 涂海波 喻红梅 (the twelfth red team's): after a colon, names a space apart.
            if (gap == 0 && spaced) while (end + gap < s.Length && gap < 3 && s[end + gap] is ' ' or '\t' or '\u3000') gap++;
            if (gap == 0 || end + gap >= s.Length) return;
            if (Name(s, end + gap, first.Kind, separated: false) is not { } next || IsInPartyName(next, policy)) return;
            // 证人刘志强，陈美华，: after a comma only a name that is the whole clause (not 证人刘志强，高兴地说…).
            if (s[end] is '，' or ',' && next.End < s.Length && s[next.End] is not ('，' or ',' or '。' or '；' or ';' or '、' or '\n' or '）' or ')')) return;
            // After a space, only a name that is a whole word (not 证人：刘志强 陈述如下, 劳动者：廖春生 高安人 木工).
            if (s[end] is ' ' or '\t' or '\u3000' && (!EndsSpacedItem(s, next.End) || !IsListedName(s, next, policy))) return;
            found.Add(next);
            end = next.End;
        }
    }

    /// <summary>
    /// 刘志强，男；陈美华，女: a name opening a clause and followed by the person's sex is a person's, whatever role
    /// (if any) was named before it; so is one followed by 系当事人… (李春生系当事人雇佣的厨师). Not the party's own name,
    /// which the front matter masks as its policy says.
    /// </summary>
    private static void NamesOpeningClauses(string s, TextChars chars, LabelPolicy policy, List<LabelledValue> found)
    {
        // Every loop over a word's occurrences runs on past one at the text's start (（一）…), where the rule cannot apply.
        for (var i = s.IndexOfAny(['，', ',', '（', '(']); i >= 0 && i + 2 < s.Length; i = s.IndexOfAny(['，', ',', '（', '('], i + 1))
        {
            if (i == 0 || s[i + 1] is not ('男' or '女') || s[i + 2] is not ('，' or ',' or '；' or ';' or '。' or '）' or ')' or '、')) continue;
            AddClauseName(s, i, policy, found);
        }
        // 李春生系当事人雇佣的厨师: a name opening a clause that says how the person stands to the party.
        // (A text that opens with 当事人 has it at 0, and the later ones count too.)
        for (var i = s.IndexOf("当事人", StringComparison.Ordinal); i >= 0; i = s.IndexOf("当事人", i + 3, StringComparison.Ordinal))
            if (i > 1 && s[i - 1] is '系' or '是' or '为') AddClauseName(s, i - 1, policy, found);
        // 朱德旺老人在…, 韦国华同志介绍…, 胡德明一家三口, 杨建平等五人: a name opening a clause, then a word for the person
        // or for the group the person is one of.
        foreach (var w in PersonAfterName)
            for (var i = s.IndexOf(w, StringComparison.Ordinal); i >= 0; i = s.IndexOf(w, i + w.Length, StringComparison.Ordinal))
                if (i > 1 && !(w == "同志" && ListsOfficers(s, i))) AddClauseName(s, i, policy, found);
        for (var i = s.IndexOf('等'); i >= 0; i = s.IndexOf('等', i + 1))
            if (i > 1 && IsHeadCount(s, i + 1)) AddClauseName(s, i, policy, found);
        // 群成员“鲁浩宇妈妈”: in a group chat a parent goes by the child's name. Only a name of three characters that is all
        // the quotes hold: two may be a word (“全职妈妈”, “单亲妈妈”).
        foreach (var w in ParentOfNamed)
            for (var i = s.IndexOf(w, StringComparison.Ordinal); i >= 0; i = s.IndexOf(w, i + w.Length, StringComparison.Ordinal))
                if (i > 3 && s[i - 4] is '“' or '"' && i + 2 < s.Length && s[i + 2] is '”' or '"'
                    && s[(i - 3)..i] is var child && IsPersonsName(child, policy))
                    found.Add(new(i - 3, i, MaskKinds.OtherPersonName, child));
        // 证人证言：（1）鄢小琴，证明当事人…: a witness's name opening what the witness attests; 安置登记：伍秀珍，身份证3609…: a
        // name opening the clause before the person's ID number.
        foreach (var w in (string[])[",证明", ",证实", ",身份证"])
            for (var i = s.IndexOf(w, StringComparison.Ordinal); i >= 0; i = s.IndexOf(w, i + w.Length, StringComparison.Ordinal))
                if (i > 1) AddClauseName(s, i, policy, found);
        // 李春生通过12315平台投诉, 李春生在当事人店内购买了…: a name opening a clause whose verb makes the person a
        // complainant or a buyer, with no role word before it.
        if (chars.HoldsAny(s, ComplainantOrBuyerWords))
            foreach (var m in ClauseOpenings.Matches(s, chars))
                AddClauseName(s, m.Index + m.Length, policy, found);
        // 刘芳女士表示, 刘建华师傅为其理发, 刘芳（收银员）证实, 2.陈建华询问笔录, 对陈建华的询问笔录, 经刘芳签字确认,
        // 刘芳投诉称: a name whose title, role in brackets, record or complaint comes after it.
        // Each pattern is tried only near one of its words: tried at every position, it costs more than all the labels.
        foreach (var near in NamesBeforeWords)
            foreach (var m in near.Matches(s, chars))
                {
                    // 对陈建华的询问笔录, 经刘芳签字: the preposition before the name is matched with it.
                    AddNameBefore(s, m.Index + PrepositionLength(m.Value), m.Index + m.Length, policy, found);
                    // 傅冬梅、傅秋梅的体检报告: the names listed before the one the words follow.
                    if (m.Index > 0 && s[m.Index - 1] == '、') NamesListedBefore(s, m.Index + m.Length, policy, found);
                }
        NamesAfterVerbsAndInAnswers(s, chars, policy, found);
        NamesInProse(s, chars, policy, found);
        NamesInRecords(s, chars, policy, found);
        for (var i = s.IndexOfAny(['（', '(']); i >= 0; i = i + 1 < s.Length ? s.IndexOfAny(['（', '('], i + 1) : -1)
        {
            if (i < 2) continue;
            if (BracketNamesRole(s, i)) AddNameBefore(s, ClauseStart(s, i), i, policy, found);
            else if (BracketHoldsPersonalNumber(s, i) || BracketHoldsAFlat(s, i)) NameEndingAt(s, i, policy, found);
            NamesListedInBrackets(s, i, policy, found);
            NameAfterTitleInBrackets(s, i, policy, found);
            WhosePhoneInBrackets(s, i, policy, found);
        }
        // 询问了刘志强、陈美华、杨小兵三人, 告知了苏建平、苏小梅父女: names listed before how many they are or how they are related
        // (or how many households: 匡水生、缪国华等11户, 阙木根、阙水根两户).
        if (s.Contains('、'))
            for (var m = CountOrKinAfterList().Match(s); m.Success; m = m.NextMatch())
                NamesListedBefore(s, m.Index, policy, found);
    }

    private static readonly string[] PersonAfterName = ["同志", "老人", "一家"];

    private static readonly string[] ParentOfNamed = ["妈妈", "爸爸", "家长"];

    /// <summary>执法人员黄建华同志、刘芳同志: officers, named on purpose, in a sentence that calls them so before the names.</summary>
    private static bool ListsOfficers(string s, int at) => ClauseBefore(s, at).Contains("执法", StringComparison.Ordinal);

    /// <summary>五人, 12名, 几人 at <paramref name="at"/>: how many people (after 等, the names before it head the group).</summary>
    private static bool IsHeadCount(string s, int at)
    {
        var end = at;
        while (end < s.Length && end - at < 3 && (char.IsAsciiDigit(s[end]) || "一两二三四五六七八九十几".Contains(s[end]))) end++;
        return end > at && end < s.Length && s[end] is '人' or '名';
    }

    [GeneratedRegex("(?<=[\u4E00-\u9FFF])(?:[两二三四五六七八九十][人户]|[两二三四五六七八九十]个(?:人|员工|工人|店员|服务员)|等人|等户|等[0-9一二三四五六七八九十]+[人户名]|夫妇|夫妻|兄弟|姐妹|父女|父子|母女|母子|姐弟|兄妹)")]
    private static partial Regex CountOrKinAfterList();

    /// <summary>The lengths the first name of a list before 三人 / 父女 is tried at, the commonest first.</summary>
    private static readonly int[] FirstNameLengths = [3, 2, 4];

    /// <summary>
    /// The names of a list that ends at <paramref name="end"/> (before 三人, 父女 …): each item after a 、 whole, the first
    /// the name at the end of its run (询问了刘志强 → 刘志强). Nothing unless every item reads as a name and there are two.
    /// </summary>
    private static void NamesListedBefore(string s, int end, LabelPolicy policy, List<LabelledValue> found)
    {
        var names = new List<LabelledValue>();
        for (var e = end; names.Count < 20;)
        {
            // 栾浩宇（3609…）、栾佳二人: an item may carry a bracket after its name.
            if (names.Count > 0 && e > 0 && s[e - 1] is '）' or ')' && s.LastIndexOfAny(['（', '('], e - 1, Math.Min(30, e)) is var open and > 0) e = open;
            var start = e;
            while (start > 0 && e - start < 5 && NameOccurrences.IsIdeograph(s[start - 1])) start--;
            if (start > 0 && s[start - 1] == '、' && e - start is >= 2 and <= 4)
            {
                if (!ReadsAsName(s[start..e], policy)) return;
                names.Add(new(start, e, MaskKinds.OtherPersonName, s[start..e]));
                e = start - 1;
                continue;
            }
            if (names.Count == 0) return;
            foreach (var length in FirstNameLengths)
                if (e - length >= 0 && e - length >= start && ReadsAsName(s[(e - length)..e], policy))
                {
                    names.Add(new(e - length, e, MaskKinds.OtherPersonName, s[(e - length)..e]));
                    found.AddRange(names);
                    return;
                }
            return;
        }
    }

    /// <summary>服务员两名（晏丽、邹敏）, 证人证言（刘丽萍、邹敏华）: two or more names in brackets after a count, a role or a record.</summary>
    private static void NamesListedInBrackets(string s, int open, LabelPolicy policy, List<LabelledValue> found)
    {
        if (!"名人员言录词工".Contains(s[open - 1])) return;
        var close = s.IndexOfAny([')', '）'], open, Math.Min(24, s.Length - open));
        if (close < 0 || s.IndexOf('、', open, close - open) < 0) return;
        var names = new List<LabelledValue>();
        for (var start = open + 1; start < close;)
        {
            var end = s.IndexOf('、', start, close - start) is var sep and >= 0 ? sep : close;
            if (end - start is < 2 or > 4 || !ReadsAsName(s[start..end], policy)) return;
            names.Add(new(start, end, MaskKinds.OtherPersonName, s[start..end]));
            start = end + 1;
        }
        found.AddRange(names);
    }

    /// <summary>汪师傅（汪德兵）, 魏女士（魏红梅）, 老周（周建平）: a person called by a title or a nickname, the name in brackets after it.</summary>
    private static void NameAfterTitleInBrackets(string s, int open, LabelPolicy policy, List<LabelledValue> found)
    {
        var before = s.Substring(Math.Max(0, open - 2), Math.Min(2, open));
        var titled = TitlesBeforeAName.Contains(before)
            || open >= 2 && s[open - 2] is '老' or '小' or '阿' && Surnames.At(s, open - 1) > 0;
        if (!titled) return;
        var close = s.IndexOfAny([')', '）'], open, Math.Min(7, s.Length - open));
        if (close - open - 1 is >= 2 and <= 4 && ReadsAsName(s[(open + 1)..close], policy))
            found.Add(new(open + 1, close, MaskKinds.OtherPersonName, s[(open + 1)..close]));
    }

    private static readonly string[] TitlesBeforeAName = ["师傅", "女士", "先生", "老板", "阿姨", "大姐", "大爷", "大妈"];

    /// <summary>
    /// All of <paramref name="candidate"/> is one person's name (a surname, a given name of one or two characters, no
    /// function word): not a role, a group, an everyday word or the party's own name.
    /// </summary>
    private static bool ReadsAsName(string candidate, LabelPolicy policy) =>
        !StartsWithRoleWord(candidate, 0) && !GroupEnds.Contains(candidate[^1])
        && Name(candidate + "。", 0, MaskKinds.OtherPersonName, separated: true) is { } n && n.End == candidate.Length
        && !Surnames.IsCommonWord(candidate) && !Surnames.StartsWithEverydayWord(candidate)
        && !TextFolding.Key(policy.PartyName).Contains(TextFolding.Key(candidate), StringComparison.Ordinal);

    /// <summary>A name as the readers without a label take one: it reads as a name and is no everyday word (白酒, 小时).</summary>
    private static bool IsPersonsName(string candidate, LabelPolicy policy) => ReadsAsName(candidate, policy) && !IsEverydayWord(candidate);

    /// <summary>Adds a pattern's name group when it is a person's name (<see cref="IsPersonsName"/>).</summary>
    private static void AddIfPersonsName(Group name, LabelPolicy policy, List<LabelledValue> found) => AddIfPersonsName(name.Index, name.Value, policy, found);

    /// <summary>Adds <paramref name="candidate"/>, standing at <paramref name="start"/>, when it is a person's name.</summary>
    private static void AddIfPersonsName(int start, string candidate, LabelPolicy policy, List<LabelledValue> found)
    {
        if (IsPersonsName(candidate, policy)) found.Add(new(start, start + candidate.Length, MaskKinds.OtherPersonName, candidate));
    }

    /// <summary>A preposition a match before a record or a home may start with (对陈建华的…, 通过卢雪梅的…): not the name's.</summary>
    private static int PrepositionLength(string match) =>
        match.Length > 3 && match.StartsWith("通过", StringComparison.Ordinal) ? 2
        : match.Length > 2 && match[0] is '对' or '经' or '由' or '用' or '以' or '在' or '到' or '从' ? 1 : 0;

    /// <summary>Every pattern tried only near its words, for the tests that hold them to a scan of every position.</summary>
    internal static IEnumerable<NearWords> PatternsNearWords => [.. NamesBeforeWords, ClauseOpenings, NamesBeforeWhatWasDone, NamesAfterWhatBefell, NamesBeforeWhatWasDoneToThem, NamesAfterVerbs, NamesBeforeTies, NamesInAnswers, NamesOpeningWhatTheyDid, NamesOpeningWhatBefell, NamesOpeningOwnHome, NamesAfterProseWords, NamesBeforeProseWords];

    // Before and After: how far from its word a match may start (a name of at most four characters before 的 and at most
    // eight more before 存折; after 证人证言（ or 属实。 and any spaces).
    private static readonly NearWords[] NamesBeforeWords =
    [
        new(NameBeforeTitle(), ["女士", "先生", "小姐"], Before: 4, After: 0),
        new(NameBeforeRecord(), ["笔录", "身份证", "证言", "出具的", "签字", "签名", "手印", "捺印", "记录", "支付宝", "银行卡", "账户", "资格证", "执业证", "名义", "名下", "体检报告", "健康证", "病历", "存折", "的陈述", "陈述材料", "陈述书", "陈述笔录", "申辩书"], Before: 13, After: 0),
        new(NameBeforeHome(), ["家中", "家里", "家的", "家门", "家院", "家附近", "家收购", "家购", "家买", "家拿", "家一楼", "家二楼", "家菜地", "家查获", "家搜出", "家发现", "家存放", "家扣押", "家楼上", "家楼下", "家屋内", "家,", "家，", "家。", "家;", "家；"], Before: 4, After: 0),
        new(NameInRecordBrackets(), ["证言", "证词", "笔录", "说明", "陈述材料", "复印件"], Before: 0, After: 1),
        new(SignatureClosingRecord(), ["属实", "无误", "一致", "一样", "事实", "相符"], Before: 0, After: 1),
        new(NameOpeningComplaint(), ["投诉", "举报", "来电", "来信", "反映"], Before: 4, After: 0),
        new(NameBeforeInPerson(), ["本人", "租住的", "承租的"], Before: 4, After: 0),
        new(HouseholdAddressed(), ["户：", "户:"], Before: 4, After: 0),
        new(NameOpeningSpeech(), ["称", "表示", "证实", "说", "陈述", "介绍", "承认", "供述", "辩称", "交代", "回忆"], Before: 6, After: 0),
    ];

    // 张建国称其每月工资3000元。李秀英亦证实…: a name of three characters opening a sentence, then what the person said. Not after a
    // comma, where 但辩称, 于次日表示 and 经协查，高安称 open a clause; not two characters, which are as often a brand or a town
    // (李宁表示, 华联称). (Roles, everyday words and the party's name are not names: 当事人称.) Not a word that ends in 称
    // (单位名称：, 商品名称, 简称, 职称) nor a form's label (…称：), which the tenth red team found garbled into 单某某称：.
    [GeneratedRegex("\\G(?<=^|[；;。\n|>])[\u4E00-\u9FFF]{3}(?<![名简全统俗号声职昵又堪总并宣自谎通旧对])(?=(?:亦|也|还|又|均|当场|随后)?(?:称(?![：:])|表示|证实|说[：:，,“\"]|陈述|介绍|承认|供述|辩称|交代|回忆))", RegexOptions.Multiline)]
    private static partial Regex NameOpeningSpeech();

    [GeneratedRegex("\\G(?<=^|[；;。：:\n，,|>、（(])[\u4E00-\u9FFF]{2,4}?(?=女士|先生|小姐)", RegexOptions.Multiline)]
    private static partial Regex NameBeforeTitle();

    // Also whose account, certificate or name was used (通过卢雪梅的支付宝账户, 冒用汪建设的执业医师资格证书, 以游佳慧的名义,
    // 登记在黄翠兰名下, 使用的是胡美玲的身份证), or whose health papers were forged or shown (傅秋梅的体检报告, 冷志强出示的体检报告).
    [GeneratedRegex("\\G(?<=^|[；;。：:\n，,|>、《.．)） \u3000]|对|经|由|用|通过|以|登记在|挂在|是|其中|有)[\u4E00-\u9FFF]{2,4}?(?=(?:出示)?的?(?:询问笔录|体检报告|健康证明|健康证|病历|存折|调查笔录|询问调查笔录|陈述笔录|身份证复印件|身份证明|居民身份证|身份证号码|身份证号|公民身份号码|陈述材料|陈述书|陈述笔录|的陈述(?:[。，,；;]|$)|申辩书|证人证言|证言|出具的|签字|签名|按手印|捺印|(?:微信)?聊天记录|转账记录|交易记录|通话记录|付款记录|支付宝|银行卡|银行账户|账户|执业医师资格证|医师资格证|资格证书|执业证书|名义|名下)|的身份证|的[\u4E00-\u9FFF]{1,8}?(?:存折|银行卡))", RegexOptions.Multiline)]
    private static partial Regex NameBeforeRecord();

    // 在熊长根家的院子, 在宁小红家中查获, 到邹建林家里: whose home it was; 从戴福明家收购: whom goods came from.
    // 东至皮冬林家, 位于官秋生家一楼: a boundary or a scene given by whose house it is.
    [GeneratedRegex("\\G(?<=在|到|去|往|至|从|位于|[0-9]号|组|村)[\u4E00-\u9FFF]{2,4}?(?=家(?:中|里|的|门口|门前|院|附近|收购|购|买|拿|一楼|二楼|菜地|查获|搜出|发现|存放|扣押|楼上|楼下|屋内|[，,。；;]))")]
    private static partial Regex NameBeforeHome();

    // 证人证言（史玉兰）, 询问笔录（刘芳）: an evidence list names whose record it is in brackets after it.
    [GeneratedRegex("\\G(?<=(?:证人证言|证言|证词|询问笔录|调查笔录|笔录|情况说明|书面说明|陈述材料|身份证复印件)[（(])[\u4E00-\u9FFF]{2,4}(?=[）)])")]
    private static partial Regex NameInRecordBrackets();

    // 以上记录属实。薛美琴 / 以上笔录我已看过，与我说的一致。薛美琴 (or 相符): a record's closing line, signed with a name
    // (also in a form's field before the next one: 当事人（签名）：以上记录属实 熊国华；执法人员（签名）：…).
    [GeneratedRegex("\\G(?<=(?:属实|无误|一致|一样|事实|相符)[。，,.]?\\s*)[\u4E00-\u9FFF]{2,4}(?=[ \u3000]*(?:\r?\n|$|[0-9（(；;]))", RegexOptions.Multiline)]
    private static partial Regex SignatureClosingRecord();

    [GeneratedRegex("\\G(?<=[0-9一二三四五六七八九十]日[，,]?)[\u4E00-\u9FFF]{2,4}?(?=(?:投诉|举报|来电|来信)(?:称|说|反映|：|:|，|,)|反映称|来电反映|来信反映)", RegexOptions.Multiline)]
    private static partial Regex NameOpeningComplaint();

    // 官德华本人对上述事实无异议, 舒国平租住的民房: a name opening a clause, then the person in person or the person's rented home.
    [GeneratedRegex("\\G(?<=^|[；;。：:\n，,|>、])[\u4E00-\u9FFF]{2,4}?(?=本人|租住的|承租的)", RegexOptions.Multiline)]
    private static partial Regex NameBeforeInPerson();

    // 晏国平户：你户在未取得…: a notice addressed to a household by its head's name.
    [GeneratedRegex("\\G(?<=^|\n)[\u4E00-\u9FFF]{2,4}?(?=户[：:]\\s*[你您])", RegexOptions.Multiline)]
    private static partial Regex HouseholdAddressed();

    /// <summary>A bracket after a name that says the person's role: （收银员）, （系该店厨师）, （当事人雇员）.</summary>
    private static bool BracketNamesRole(string s, int open)
    {
        var close = s.IndexOfAny([')', '）'], open, Math.Min(15, s.Length - open));
        if (close < 0 || !NameOccurrences.IsIdeograph(s[open - 1])) return false;
        // 郜德昌（已故）: only a person dies.
        if (s.AsSpan(open + 1, close - open - 1) is "已故" or "已去世" or "死者" or "已死亡") return true;
        for (var k = open + 1; k < close; k++)
            if (LabelsByFirst.TryGetValue(s[k], out var labels))
                foreach (var (label, reader) in labels)
                    if (reader == Reader.Name && label.Length >= 2 && !BusinessRoles.Contains(label) && string.CompareOrdinal(s, k, label, 0, label.Length) == 0) return true;
        return false;
    }

    /// <summary>
    /// 栾浩宇（360981199904165255）, 兹委托闵小燕（身份证号…）, 售予尹红兵（车架号…）: a bracket after a name that holds an ID
    /// number, a mobile, or a label for a person's number (also after a comma inside it), says the name is a person's; so
    /// does one that gives an age (闵佳乐（16岁，暑假工）, 钮小芳（临时工，17岁）), but not an age a product is for (童车（3岁以上适用）),
    /// or the person's sex or origin.
    /// </summary>
    private static bool BracketHoldsPersonalNumber(string s, int open)
    {
        var close = s.IndexOfAny([')', '）'], open, Math.Min(30, s.Length - open));
        if (close < 0 || !NameOccurrences.IsIdeograph(s[open - 1])) return false;
        var inside = s.AsSpan(open + 1, close - open - 1).Trim();
        if (inside.Length is 18 or 15 && IdNumbers.IsValid(inside) || inside.Length == 11 && PhoneNumbers.IsMobile(inside)) return true;
        // The same number grouped or typed untidily (3609 2419 6901 0112 33, 139-0795-1234, 36〇9〇2…): the bracket is that number
        // (eleven characters at least, a mobile's digits, before the scanner is asked).
        if (inside.Length >= 11 && inside.ContainsAnyInRange('0', '9') && NumberScanner.Scan(inside.ToString(), ScanMode.Source) is [var only]
            && only.Kind is MaskKinds.IdNumber or MaskKinds.Mobile && only.Start == 0 && only.End == inside.Length)
            return true;
        // Opening the bracket or one of its clauses: 杭美华（被抽样摊位摊主，身份证后四位0427）.
        foreach (var part in inside.SplitAny(",，、;；"))
            foreach (var label in PersonalNumberLabels)
                if (inside[part].TrimStart().StartsWith(label, StringComparison.Ordinal)) return true;
        // 刘海波（男，60岁）, 刘海波（女，汉族）, 刘海波（湖南籍）: the person's sex opening the bracket, or where the person is from
        // (the thirteenth red team's; not （男款）, （女装）: a product's).
        if (inside.StartsWith("男，", StringComparison.Ordinal) || inside.StartsWith("女，", StringComparison.Ordinal)
            || inside.StartsWith("男,", StringComparison.Ordinal) || inside.StartsWith("女,", StringComparison.Ordinal)
            || inside.Length is >= 3 and <= 5 && inside.EndsWith("籍", StringComparison.Ordinal)) return true;
        return inside.Contains('岁') && AgeInBracket().IsMatch(inside);
    }

    /// <summary>
    /// 刘芳（宜春市…3栋1201室）、陈建华（…201室）系涉案白酒的收货人: a bracket that holds a flat's address, which says the
    /// name before it is a person's (a company's or a building's name does not read as one).
    /// </summary>
    private static bool BracketHoldsAFlat(string s, int open)
    {
        var close = s.IndexOfAny([')', '）'], open, Math.Min(60, s.Length - open));
        if (close - open < 7 || !NameOccurrences.IsIdeograph(s[open - 1]) || open >= 2 && BuildingWords.Contains(s[(open - 2)..open])) return false;
        var inside = s.AsSpan(open + 1, close - open - 1);
        // …湖田村下屋组23号 (the sixteenth red team's): a village house by its group and number is a home as a flat is.
        return (inside.EndsWith("室", StringComparison.Ordinal) || inside.Contains("单元", StringComparison.Ordinal)
                || inside.EndsWith("号", StringComparison.Ordinal) && inside.IndexOfAny('组', '村') >= 0)
            && IsHome(inside) && NamesAPlace(inside);
    }

    /// <summary>金海大厦（宜阳大道88号1201室）: a building's or an estate's name before its address.</summary>
    private static readonly HashSet<string> BuildingWords = ["大厦", "小区", "公寓", "花园", "广场", "大楼", "家园", "新村", "山庄", "名苑", "雅苑", "商城", "中心"];

    // 16岁, 17周岁 as the whole of a bracket's clause: an age said of the person, not a range (3岁以上, 3-6岁).
    [GeneratedRegex("(?:^|[,，、;；])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})周?岁(?:$|[,，、;；])")]
    private static partial Regex AgeInBracket();

    private static readonly string[] PersonalNumberLabels = ["身份证", "公民身份号码", "手机", "联系电话", "电话", "车架号", "微信", "QQ", "护照"];

    /// <summary>
    /// The name that ends at <paramref name="end"/>, tried at the commonest lengths, when it reads as one: not an everyday
    /// word (身份证复印件（身份证号…）) nor a title that already hides the name (王女士（手机尾号…）), and after a word's end
    /// (的, 售予, 委托, 由, 从, 向, 对) or none, not straight after a number (…63,109,478元（身份证号…: 元 is a surname too).
    /// </summary>
    private static void NameEndingAt(string s, int end, LabelPolicy policy, List<LabelledValue> found)
    {
        foreach (var length in FirstNameLengths)
            if (end - length >= 0 && (end - length == 0 || !NameOccurrences.IsIdeograph(s[end - length - 1]) && !AfterNumber(s, end - length)
                    || "的予托给为是有和与及由从向对经把被让跟同找佣用请聘".Contains(s[end - length - 1]))
                && s[(end - length)..end] is var candidate && IsPersonsName(candidate, policy)
                && !TitlesBeforeAName.Any(t => candidate.EndsWith(t, StringComparison.Ordinal)))
            {
                found.Add(new(end - length, end, MaskKinds.OtherPersonName, s[(end - length)..end]));
                return;
            }
    }

    /// <summary>Whether a digit comes straight before <paramref name="at"/>, spaces aside.</summary>
    private static bool AfterNumber(string s, int at)
    {
        var k = at - 1;
        while (k >= 0 && s[k] == ' ') k--;
        return k >= 0 && char.IsAsciiDigit(s[k]);
    }

    /// <summary>Roles a business fills as often as a person (金龙鱼（供应商）): they do not make the name before them a person's.</summary>
    private static readonly HashSet<string> BusinessRoles =
        ["供货商", "供应商", "进货商", "批发商", "上家", "卖家", "买家", "货主", "承运人", "收货人", "寄件人", "客户", "业主", "出租人", "承租人", "第三人", "投诉人", "举报人", "受托人", "被检查人"];

    /// <summary>Where the clause holding <paramref name="at"/> starts, at most four ideographs back (a name's length).</summary>
    private static int ClauseStart(string s, int at)
    {
        var start = at;
        while (start > 0 && at - start < 4 && NameOccurrences.IsIdeograph(s[start - 1])) start--;
        return start;
    }

    /// <summary>
    /// The name that is all of s[start..end], if it reads as one (a surname, a given name of one or two characters,
    /// no function word, not a role word or the party's own name).
    /// </summary>
    private static void AddNameBefore(string s, int start, int end, LabelPolicy policy, List<LabelledValue> found)
    {
        // After a preposition the patterns allow (对, 经, 由, 用, 通过, 以, 在, 到, 从 …) or a village group or a house number
        // (下屋组刘海波家中), or not inside a run of words.
        if (end - start is < 2 or > 4 || start > 0 && NameOccurrences.IsIdeograph(s[start - 1]) && !"对经由用过以在到去往至从是于中有组号村".Contains(s[start - 1])) return;
        var candidate = s[start..end];
        // 商, 东, 主 end a word for a trade or an owner as often as a name, where no role word stands before it.
        if ("主商东".Contains(candidate[^1]) || !ReadsAsName(candidate, policy) || NamedAsOfficer(s, candidate)) return;
        found.Add(new(start, end, MaskKinds.OtherPersonName, candidate));
    }

    [GeneratedRegex("\\G(?<=^|[；;。：:\n，,|>])[\u4E00-\u9FFF]{2,4}?(?=(?:通过|在|于|向|到|曾在|曾于)[^，,。；;\n]{1,25}?(?:投诉|举报|反映|购买|购得|买了|买到|消费|就餐|用餐))", RegexOptions.Multiline)]
    private static partial Regex ComplainantOrBuyerOpeningClause();

    /// <summary>A word <see cref="ComplainantOrBuyerOpeningClause"/> needs, one of which a text must hold for it to be tried.</summary>
    private static readonly string[] ComplainantOrBuyerWords = ["投诉", "举报", "购", "买", "反映", "餐"];

    /// <summary><see cref="ComplainantOrBuyerOpeningClause"/> where a clause opens: at the text's start and after a break.</summary>
    private static readonly NearWords ClauseOpenings =
        new(ComplainantOrBuyerOpeningClause(), ["；", ";", "。", "：", ":", "\n", "，", ",", "|", ">"], Before: 0, After: 1, AtStart: true);

    /// <summary>The name that opens the clause and ends at <paramref name="i"/>, if there is one and it is not the party's.</summary>
    private static void AddClauseName(string s, int i, LabelPolicy policy, List<LabelledValue> found)
    {
        var start = i;
        while (start > 0 && i - start < 5 && NameOccurrences.IsIdeograph(s[start - 1])) start--;
        // '>': the gate reads pages, where a paragraph's first name follows its tag.
        // （1）鄢小琴，证明…, 1.兑国强（负责炒制）: an item of a numbered list opens a clause too.
        if (start == i || start > 0 && s[start - 1] is not ('；' or ';' or '。' or '：' or ':' or '、' or '\n' or '|' or ' ' or '*' or '（' or '(' or '，' or ',' or '>' or '）' or ')' or '.' or '．')) return;
        // 顾客向店员反映, 消费者在店内购买: a role word opening the clause, not a name.
        if (StartsWithRoleWord(s, start)) return;
        if (Name(s, start, MaskKinds.OtherPersonName, separated: true) is not { } n || n.End != i) return;
        if (n.Name is { } name && TextFolding.Key(policy.PartyName).Contains(TextFolding.Key(name), StringComparison.Ordinal)) return;
        found.Add(n);
        // 汤细妹、汤冬妹为当事人侄女: the names listed before the one the clause opens with are said the same of.
        if (start > 0 && s[start - 1] == '、') NamesListedBefore(s, i, policy, found);
    }

    /// <summary>
    /// A dotted name without the words around it: the pattern runs on after the last part (买买提·艾力称 → 买买提·艾力,
    /// 热依拉·吐尔逊在店内… → 热依拉·吐尔逊), and, found from its dot, may start with the role before it (员工热依拉·…).
    /// </summary>
    private static (int Start, int End) Trimmed(string s, Match m)
    {
        var start = m.Index;
        var end = m.Index + m.Length;
        var lastDot = s.AsSpan(start, end - start).LastIndexOfAny(Dots) + start;
        for (var p = lastDot + 2; p < end; p++)
        {
            // 阿不来提, 阿不都热依木 (the eighteenth red team's): 阿不 is how Abdu-, Abla- are written, and the syllable after it is
            // the name's too, not a function word (不, 都) ending it.
            if (s[p] == '不' && s[p - 1] == '阿') { p++; continue; }
            if (NotGiven.Contains(s[p]) || StartsWithFollowWord(s, p)) { end = p; break; }
        }
        var firstDot = s.AsSpan(start, end - start).IndexOfAny(Dots) + start;
        for (var p = firstDot - 1; p > start; p--)
            if (NotGiven.Contains(s[p - 1]) || Labels.Any(l => p >= l.Label.Length && string.CompareOrdinal(s, p - l.Label.Length, l.Label, 0, l.Label.Length) == 0))
            {
                start = p;
                break;
            }
        return (start, end);
    }

    // The eleventh red team's: how the person acted or claimed (员工王芳擅自…, 驾驶员陈冬私自…, 员工刘平食用了…, 店长刘海波却称…):
    // read as a third character, the verb's first was taken into the name (王某某自…) and the name's later mentions stayed.
    private static readonly string[] ActsAfterName =
    [
        "擅自", "私自", "独自", "亲自", "亲手", "用手", "食用", "自称", "却称", "亦称", "则称", "声称", "竟然", "主动", "配合", "告诉", "记得",
        "悄悄", "拆封", "销毁", "丢弃", "扔掉", "藏匿", "转移", "隐瞒", "伪造", "篡改", "撕毁", "涂改", "持刀", "拒不", "拒绝", "擅离", "私下",
        "多次", "再次", "先行", "无工作",
    ];

    // Two-character words that end a name written straight after a label: 证人李四证实…, 代理人王小明签字.
    private static readonly string[] FollowWords =
    [
        "证实", "陈述", "表示", "承认", "签字", "签名", "提供", "确认", "到场", "认为", "供述", "辩称", "购买", "销售", "经营", "购进", "进入", "饮用", "吸食",
        "名下", "所述", "反映", "通过", "服用", "下单", "举报", "投诉", "指使", "驾驶", "证明", "交代", "介绍", "告知", "要求", "发现", "协助", "帮忙", "参与", "负责", "出具", "收取", "支付", "使用",
        "制作", "代为", "代签", "代收", "办理", "签订", "转账", "汇款", "夫妇", "夫妻",
        // 委托其哥哥何建国参加听证, 消费者黄建明出售了… (the eighteenth red team's).
        "参加", "出席", "出售", "转了",
        // 你媳妇刘芳来了: a one-character given name, then who came or went (not 刘芳来 and a lost 来).
        "来了", "过来", "来到", "去了",
        // 司炉工孙涛无证操作, 员工王芳食品安全培训合格: what the person lacked or was trained in.
        "无证", "无照", "食品安全",
        "一人", "健康证", "作为", "全权", "长期", "操作", "注射", "尘肺", "叫我", "在岗", "不在", "合伙", "症状", "享有", "其行为", "其违法",
        "怀有", "患有", "正在", "接受", "持有", "共同", "一起", "一同", "分别", "陪同", "当时", "现场", "租住", "居住", "就读",
        "家中", "家里", "家门", "证言", "证词", "误食", "梅毒", "乙肝", "保管", "缴纳", "委托", "处理", "运送", "运输", "配送", "送货",
        // 劳动者骆秀英社会保障号码, 承包户匡德胜账户: the person's own number or account; 从业人员兑建华胸片检查提示…,
        // 从业人员李建华体检不合格: the person's own health check.
        "社会保障", "社保", "账户", "体检", "胸片",
        // 申请人晏细根家庭人口5人, 证人李四本人签字: the person's household, the person in person.
        "家庭", "本人",
        // 从供货商林志明处购进: where goods came from.
        "处购", "处进", "处采", "处批", "处拿", "处取", "处订",
        "称", "说", "于", "在", "的", "是", "系", "为",
        "向", "对", "已", "未", "均", "等", "及", "和", "与", "因", "将", "曾", "也", "现", "男", "女", "住", "身", "联", "手", "电", "出", "同", "自",
        // 伤者贾小平右手…: where a person was hurt; 其外孙甄宇今年七岁.
        "左", "右", "今年",
        // 员工张建国前往…, 证人李秀英目睹…, 顾客张建国随后报警, 员工李娜每天负责收银: where the person went, what the person saw
        // or did, and when.
        "前往", "目睹", "亲眼", "一直", "每天", "随后", "立即", "当即", "第二天", "怀疑", "离开", "扫码", "报警", "拨打", "最后",
        "搬货", "卸货", "打扫", "炒菜", "开车", "找零", "问价", "拍下", "拿走", "看见", "看到", "听见", "听到", "递给",
        // 证人张建国有一辆货车, 员工李秀英患肺结核, 证人李秀英有糖尿病: what the person has (not 有 alone, a given name's: 张有才).
        "患", "有一", "有两", "有糖尿病", "有高血压", "有心脏病", "有肺结核", "有肿瘤",
        // The tenth red team's: what the person did not know, denied, took, owed or believes (证人李秀英不知道…, 店长刘海波否认…).
        "不知", "不认识", "不清楚", "并不", "并未", "替其", "否认", "领取", "欠款", "欠其", "信奉", "信仰", "有残疾", "有犯罪", "有精神", "按捺", "核对",
        // The twelfth red team's: whom the person went with, gave to or had do something, and what befell the person or
        // is said of the person (员工张华跟陈明…, 员工张华给顾客…, 员工刘聪性取向…, 员工刘聪有过…, 员工张华无法联系); not 到 alone
        // (买家申通到货: a courier, read as a name before it).
        "跟", "给", "让", "叫", "替", "帮", "代", "去", "欠", "到店", "到仓库", "到现场", "到其", "到我", "无法", "月薪", "离异", "性取向", "做过", "有过", "感染", "不孕", "怀孕", "堕胎",
        "流产", "死亡", "死因", "重伤", "轻伤", "受伤", "伤残", "被鉴定", "的损伤", "的伤情", "的死因", "的职业",
        // 为孕妇余婷婷实施…, 雇佣聋哑人刘聪从事…: what was done to or by the person.
        "实施", "从事",
        // The thirteenth red team's: what a dealer or a worker did, suffered or used (个体户黄春林清运, 工友雷小红撞伤, 员工刘海波
        // 头部受伤, 屠户陈大勇那里, 犯罪嫌疑人李华强移送我局, 员工刘志华离职, 会计刘海波个人银行卡, 同伙陈志强驾车逃离).
        "清运", "撞伤", "头部", "当场", "那里", "那儿", "移送", "输液", "离职", "辞职", "入职", "值班", "上班", "下班", "超范围",
        "个人银行卡", "个人账户", "租赁", "虚记", "驾车", "违反",
        // The sixteenth red team's: who actually did the work (该工程由个人黄建明实际施工), who had the waste or the scrap
        // (从个人刘海波处收购, 交给个人刘海波处置).
        "实际", "处收", "处置",
        // The fifteenth red team's: a worker let go, a hotel's guest (与员工刘志华解除劳动合同, 旅客刘海波入住…, 接待旅客刘海波时，).
        "解除劳动", "解除了劳动", "终止劳动", "终止了劳动", "入住", "时，", "时,", "时未",
        // The seventeenth red team's: what a worker learnt, a consumer agreed, a contractor did in the party's name (员工刘海波得知…,
        // 与消费者刘海波协商, 挂靠人刘海波以当事人名义…).
        "得知", "协商", "以当事人", "以其",
        .. ActsAfterName,
    ];


    /// <summary>
    /// The follow words of two characters or more, which a given name never starts with (业主方擅自…, not 方擅); but a given
    /// name does start with 有 or 一 (张有一, 王一同).
    /// </summary>
    private static readonly string[] LongFollowWords = [.. FollowWords.Where(w => w.Length >= 2 && w[0] is not ('有' or '一'))];

    /// <summary>
    /// 顾客张伟喝了两瓶酒, 店员陈静收了钱: a one-character verb with its 了 (or 完, 到, 给, 走) after a one-character given name;
    /// not the name's third character, which would take the verb with it (张某某了两瓶酒).
    /// </summary>
    private static bool IsVerbWithItsParticle(string s, int at) =>
        at + 1 < s.Length && "喝吃买收拿卖看听递交找送搬打问放付扫拍卸开借偷用要".Contains(s[at]) && "了完到给走掉着过".Contains(s[at + 1]);

    /// <summary>Who 向 is followed by when it is the preposition: 向他人, 向社会, 向该店, 向其.</summary>
    private const string Preposed = "其他她我你本该外各社公有相对买卖";

    /// <summary>
    /// Whom a person is with (顾客和家人, 与孩子) that is no role label: after 和, 与, 及 or 同 they say the first is a
    /// conjunction. The role labels (朋友, 丈夫, 同事, 邻居 …) are read by <see cref="StartsWithRoleWord"/> beside it.
    /// </summary>
    private static readonly string[] Companions = ["家人", "孩子", "同伴", "父母"];

    /// <summary>What a cook or a worker wears (厨师戴手套炒菜): after 戴 no given name.</summary>
    private static readonly string[] Worn = ["手套", "帽子", "口罩", "发帽", "工作帽", "头套"];

    private static readonly string[] PrepositionObjects = ["商家", "客人", "群众", "公众", "市场", "对方", "买方", "卖方", "外地", "周边", "附近", "多名", "多人", "不特定"];

    /// <summary>A role word of the table (顾客, 店员, 消费者) at <paramref name="at"/>: what follows 向 there is a role, not a given name.</summary>
    private static bool StartsWithRoleWord(string s, int at)
    {
        if (!LabelsByFirst.TryGetValue(s[at], out var labels)) return false;
        foreach (var (label, reader) in labels)
            if (reader is Reader.Name or Reader.RoleName or Reader.PartyRole && label.Length >= 2 && string.CompareOrdinal(s, at, label, 0, label.Length) == 0) return true;
        return false;
    }

    /// <summary>
    /// 与蒋文杰签订, 向蓝婷婷转账, 由杜小芳代签, 由龙海波、石秀英夫妇共同经营, 据王秀兰反映: a name after a preposition is a
    /// person only where what follows it (after any names listed with it) is something a person does with the party;
    /// a role word there (据群众反映, 向消费者销售) is not a name.
    /// </summary>
    private static LabelledValue? Counterpart(string s, char preposition, int at)
    {
        // 和, 以, 经, 请 … occur in most sentences: no name is read where none of the verbs follows (after a list of names at most).
        if (!ContainsAny(s.AsSpan(at, Math.Min(60, s.Length - at)), CounterpartVerbs[preposition])) return null;
        if (NameAfterWord(s, at) is not { } first) return null;
        // 给陈明打过电话, 同高明一起: after the eighteenth red team's 同, 给 and 找 only three characters, as two are as often a
        // town or a word.
        if (preposition is '同' or '给' or '找' && first.Name is not { Length: 3 }) return null;
        var end = first.End;
        for (var count = 0; count < 10 && end + 1 < s.Length && s[end] is '、' or '和' or '及' or '与'; count++)
        {
            if (StartsWithRoleWord(s, end + 1) || Name(s, end + 1, MaskKinds.OtherPersonName, separated: false) is not { } next) break;
            end = next.End;
        }
        return StartsWithAny(s, end, CounterpartVerbs[preposition]) ? first : null;
    }

    /// <summary>Last characters of a word for a group, a body or a place (施工方, 管理处, 商户, 常客), not of a given name.</summary>
    private const string GroupEnds = "人员者方司局店部处队所厂会户客";

    /// <summary>
    /// Where the name after 就是 or 租的 must end for it to be one: 就是刘海洋，是… (an answer, ending its clause; not 就是高价
    /// 出售), 租的邓国良的房子 (whose the premises are; not 租的门面).
    /// </summary>
    private static bool WhomFits(string s, string label, LabelledValue whom) => label switch
    {
        "就是" => whom.End == s.Length || s[whom.End] is '，' or ',' or '。' or '；' or ';' or '\n',
        // 答：找的刘海波。, 问过罗小梅， (the eighteenth red team's): three characters, as two are as often a place or a word (找的是高明).
        "找的是" or "找的" or "问过" => whom.Name is { Length: 3 } && (whom.End == s.Length || s[whom.End] is '，' or ',' or '。' or '；' or ';' or '\n'),
        // 答：给了廖建国两千块钱: whom money went to, then how much (not 给了高额回报).
        "给了" => whom.Name is { Length: 3 } && whom.End < s.Length && (char.IsAsciiDigit(s[whom.End]) || "一二两三四五六七八九十几百千万".Contains(s[whom.End])),
        "租的" => whom.End < s.Length && s[whom.End] is '的' or '家',
        _ => true,
    };

    private static readonly string[] ComerWords = ["前来", "来店", "来此"];

    /// <summary>遇见了前来送货的谭国强: who someone met, after what they had come to do.</summary>
    private static int ComerSkipped(string s, int at)
    {
        if (!StartsWithAny(s, at, ComerWords)) return at;
        var of = s.IndexOf('的', at + 2, Math.Min(6, s.Length - at - 2));
        return of > 0 && s.AsSpan(at, of - at).IndexOfAnyExceptInRange('\u4E00', '\u9FFF') < 0 && of + 1 < s.Length ? of + 1 : at;
    }

    /// <summary>A name straight after a verb or a place (询问了刘志强, 袁州区人辛志勇), and not an everyday word.</summary>
    private static LabelledValue? Whom(string s, int at) =>
        NameAfterWord(s, at) is { } whom && !(whom.Name is { } name && Surnames.IsCommonWord(name)) ? whom : null;

    /// <summary>
    /// A name starting at <paramref name="at"/> after a word that is no role (a preposition, a verb, a place): none where a
    /// role word, 来电 / 信访 or a word for a group stands there (据群众反映, 向消费者销售, 据施工方反映).
    /// </summary>
    private static LabelledValue? NameAfterWord(string s, int at) =>
        StartsWithRoleWord(s, at) || StartsWithAny(s, at, NotComplainants) || Name(s, at, MaskKinds.OtherPersonName, separated: false) is not { } name
        || name.Name is { } text && GroupEnds.Contains(text[^1]) ? null : name;

    private static readonly Dictionary<char, string[]> CounterpartVerbs = new()
    {
        ['与'] = ["签订", "签署", "签了", "订立", "约定", "达成", "合伙", "合作", "共同", "口头约定",
            // 与刘志华解除劳动关系 (the fifteenth red team's): only a worker is in a 劳动关系 with the party.
            "解除劳动", "解除了劳动", "终止劳动", "终止了劳动"],
        ['向'] = ["了解", "核实", "转账", "汇款", "借款", "借钱", "借了", "购买", "购进", "购得", "买了", "赊购", "进货", "采购", "订购", "支付", "付款", "租用", "租赁", "承租", "租了", "账户", "的账户"],
        ['由'] = ["负责", "代签", "代为", "代收", "签收", "签字", "经营", "共同", "夫妇", "夫妻", "二人", "两人", "出资", "管理", "保管", "具体"],
        ['据'] = ["反映", "称", "介绍", "证实", "陈述", "供述", "交代", "讲述", "说"],
        // The sixth red team's: 和熊伟华合伙, 跟谭永红一起, 以游佳慧的名义, 经邓建华介绍, 让潘小英帮忙, 请何建国帮忙,
        // 交给彭立新保管, 委托熊志刚代为办理; the eighth's: 委托黎建国运送, 托熊小红代为保管.
        // 问：你和邹志明是什么关系？: a record's question about someone the person knows.
        ['和'] = ["合伙", "一起", "共同", "一同", "签订", "合作", "在店", "在场", "在现场", "是什么关系", "什么关系", "的关系", "认识", "是亲戚", "是朋友", "是邻居", "是同学"],
        ['跟'] = ["合伙", "一起", "共同", "一同", "进货", "拿货", "进的", "拿的", "借", "买", "是什么关系", "什么关系", "的关系", "认识", "是亲戚", "是朋友", "是邻居"],
        ['以'] = ["的名义", "名义"],
        ['经'] = ["介绍"],
        ['让'] = ["帮忙", "帮我", "帮", "代为", "代签", "看店", "看管", "去", "把", "送", "拿", "取"],
        ['请'] = ["帮忙", "帮我", "帮", "代为", "代签", "看店", "看管"],
        ['交'] = ["保管", "代为", "处理", "看管", "销售"],
        ['委'] = ["代为", "代办", "办理", "帮忙", "运送", "运输", "配送", "送货", "保管", "看管"],
        // 托熊小红代为保管: 托 alone, as 委托.
        ['托'] = ["代为", "代办", "帮忙", "保管", "看管", "照看"],
        // The eighteenth red team's: 同谭小勇一起, 给俞晓东打了电话 / 转了钱, 找华建军购买 / 拿货 (是找熊小红拿的货).
        ['同'] = ["一起", "一同", "共同", "合伙", "商量", "合作"],
        ['给'] = ["打了电话", "打电话", "打过电话", "发了微信", "发微信", "发了短信", "转了", "转账", "汇了", "送了", "送货", "结了", "结账", "结算"],
        ['找'] = ["购买", "购进", "买了", "买的", "拿货", "拿了", "拿的", "进货", "进的", "进了", "借了", "借钱", "帮忙", "帮我", "代为", "代签", "看店"],
    };

    /// <summary>How a complaint came, not who made it: 接到来电反映, 收到信访件.</summary>
    private static readonly string[] NotComplainants = ["来电", "来信", "来访", "信访", "群众", "网民", "市民"];

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words) if (text.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool StartsWithAny(string s, int at, string[] words)
    {
        foreach (var w in words) if (string.CompareOrdinal(s, at, w, 0, w.Length) == 0) return true;
        return false;
    }

    /// <summary>The last character of a place's name (张家港市, 江西省): a would-be name ending so is a place.</summary>
    private const string PlaceEnds = "省市县区镇乡村组";

    /// <summary>Words of a business's or an institution's name (华联超市有限公司, 财政厅, 申通快递, 国家金库).</summary>
    private static readonly string[] OrganisationWords =
        ["公司", "商行", "事务所", "市场", "超市", "商店", "广场", "快递", "物流", "集团", "财政", "金库", "银行", "合作社", "经营部", "门市部",
         "药房", "医院", "学校", "中心", "商贸", "贸易", "实业", "科技", "金行", "珠宝", "粮油", "食品", "易购", "商城", "酒店", "宾馆", "工厂", "加工厂",
         // 评估人：柯桥评估所, 鉴定人：…鉴定所 (an over-mask round's).
         "评估所", "鉴定所", "检测所", "研究所", "评估中心", "鉴定中心"];

    /// <summary>What ends a shop's name, straight after its owner's (刘德华经营部, 张建军五金店, 王芳便利店).</summary>
    private static readonly string[] ShopNameEnds =
        ["经营部", "经销部", "门市部", "批发部", "小卖部", "便利店", "五金店", "五金商", "五金建材", "食品店", "食品商", "食品经营", "食品批发",
         "商店", "商行", "超市", "粮油店", "粮油商", "粮油经营", "水产店", "水产经营", "烟酒店", "烟酒行", "副食店", "百货", "日杂", "药房",
         "大药房", "药店", "饭店", "餐馆", "酒楼", "面馆", "烧烤店", "商贸", "公司", "土特产", "建材", "家电"];

    /// <summary>Whether the run of ideographs from <paramref name="at"/> (up to punctuation) holds a business's or an institution's word.</summary>
    private static bool RunsIntoOrganisation(string s, int at)
    {
        var end = at;
        while (end < s.Length && end - at < 30 && NameOccurrences.IsIdeograph(s[end])) end++;
        var run = s.AsSpan(at, end - at);
        foreach (var w in OrganisationWords) if (run.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// 商标权利人李宁（中国）体育用品有限公司: a brand's name, then a region in brackets and the rest of a company's name.
    /// Not a person's bracket (魏子轩（6岁）, （男孩）) before where the person went (…在宜春市人民医院, …在某某公司上班).
    /// </summary>
    private static bool RegionBracketThenOrganisation(string s, int at)
    {
        if (at >= s.Length || s[at] is not ('（' or '(')) return false;
        var close = s.IndexOfAny([')', '）'], at, Math.Min(5, s.Length - at));
        if (close < at + 3 || close + 1 >= s.Length || AfterName.Contains(s[close + 1])) return false;
        for (var k = at + 1; k < close; k++) if (!NameOccurrences.IsIdeograph(s[k])) return false;
        var end = close + 1;
        while (end < s.Length && end - close < 30 && NameOccurrences.IsIdeograph(s[end])) end++;
        var run = s.AsSpan(close + 1, end - close - 1);
        return run.Contains("公司", StringComparison.Ordinal) || run.Contains("集团", StringComparison.Ordinal);
    }

    private static bool StartsWithFollowWord(string s, int at) => at < s.Length && FollowWordStarts.Contains(s[at]) && StartsWithAny(s, at, FollowWords);

    // The follow words' first characters: most places a name could end start none, and the list is long.
    private static readonly SearchValues<char> FollowWordStarts = SearchValues.Create([.. FollowWords.Select(w => w[0]).Distinct()]);

    /// <summary>Characters that start what is said of a person straight after the name: a verb, an adverb, a count.</summary>
    private const string AfterName = "经被持食用当擅私独拒无未没在于将把从对向也都均已曾又还亦即便就称说讲两三四五正给跟今每认通反介要提多再先同现到去来拿买卖带找看听问打接收发送签交付开回负承才了进代制知那借常六七八九十家";

    /// <summary>Words that start after an everyday word (宿舍位于, 严重违反, 江西籍, 龙门吊): its third character is no given name's.</summary>
    private static readonly string[] WordsAfterAWord = ["位于", "设在", "设于", "设有", "存在", "存放", "用电", "用火", "违反", "违规", "违法", "赶来", "赶到", "籍", "吊", "上未", "上存", "上有"];

    /// <summary>Last characters of a compound noun (权益日, 满意度, 明细表): after an everyday word, not a given name.</summary>
    private const string NounEnds = "日度表单册证卡费金款率量额感性权部会栏簿楼间书";

    private const string NotGiven = "的了在是于对向将把被从自应当该未已经均称说为和与及等其所并或但而则即就都也还又不没内里外我你他她您";

    /// <summary>于凤于2025年, 于建华于3月: the surname 于, a given name of one or two characters, then 于 before a date.</summary>
    private static bool SurnameYuBeforeDate(string s, int at)
    {
        for (var n = 2; n <= 3; n++)
            if (at + n + 1 < s.Length && s[at + n] == '于' && char.IsAsciiDigit(s[at + n + 1])
                && s.AsSpan(at + 1, n - 1).IndexOfAnyExceptInRange('\u4E00', '\u9FFF') < 0 && !NotGiven.Contains(s[at + 1]))
                return true;
        return false;
    }

    /// <summary>A person's name: a transliterated name with ·, a Latin name, or a Chinese surname and one or two characters.</summary>
    private static bool IsStar(char c) => c is '*' or '＊';

    /// <summary>The last characters of an organisation's or a place's name (**局, 华*超市, 国*电网), never a person's.</summary>
    private const string OrganisationEnds = "局县市区镇乡村店司厂行社院所网电站部处队会馆场园校市";

    /// <summary>
    /// Where the account starts after a bank's name (账号：中国农业银行宜春分行 1405…, 开户行：…袁州支行，1405…), or 0 when
    /// no bank's name and then a digit stand at <paramref name="at"/>.
    /// </summary>
    private static int AfterBankName(string s, int at)
    {
        if (at >= s.Length || !NameOccurrences.IsIdeograph(s[at])) return 0;
        var m = BankName().Match(s, at, Math.Min(40, s.Length - at));
        return m.Success && m.Index == at && at + m.Length < s.Length && char.IsAsciiDigit(s[at + m.Length]) ? at + m.Length : 0;
    }

    [GeneratedRegex("[\\u4E00-\\u9FFF（）()]{1,20}?(?:银行|信用社|信用合作社|农商行|邮储|储蓄所|农行|工行|建行|中行|交行)[\\u4E00-\\u9FFF]{0,14}?(?:分行|支行|营业部|分理处|储蓄所|信用社|分社)?[，, \\t\\u3000：:]*(?:账号|卡号)?[：: ]*(?=[0-9])")]
    private static partial Regex BankName();

    /// <summary>
    /// Whether a name and nothing more stands at <paramref name="at"/>: two or three ideographs (four with a compound
    /// surname), not starting with an everyday word, then the field's end.
    /// </summary>
    private static bool WholeNameAt(string s, int at)
    {
        var end = at;
        while (end < s.Length && end - at < 5 && NameOccurrences.IsIdeograph(s[end])) end++;
        var length = end - at;
        var surname = Surnames.At(s, at);
        if (length is < 2 or > 4 || surname == 0 || length == 4 && surname != 2) return false;
        if (Surnames.IsCommonWord(s.AsSpan(at, 2)) || Surnames.StartsWithEverydayWord(s.AsSpan(at, length))) return false;
        // 周记, 黄记煌, 钱大妈: a shop's or a chain's name.
        if (s.AsSpan(at, length).Contains('记') || s[end - 1] is '妈' or '爷' or '婆') return false;
        return end == s.Length || s[end] is '，' or ',' or '。' or '；' or ';' or ' ' or '\t' or '\n' or '\r' or '（' or '(' or '、' or '|' or '\u3000';
    }

    /// <summary>
    /// 答：我家在湖田村下屋组23号: a home given unasked, where the place reads as one and the answer does not go on to
    /// say what the family does there (我家在宜阳大道88号开了一家米粉店 is where it trades).
    /// </summary>
    private static bool UnaskedHome(string s, LabelledValue home)
    {
        var place = s.AsSpan(home.Start, home.End - home.Start);
        if (!NamesAPlace(place) || !IsHome(place)) return false;
        var rest = s.AsSpan(home.End, Math.Min(12, s.Length - home.End));
        // Only in the same clause: 我家在…23号，开了三年的店 is still the home.
        var stop = rest.IndexOfAny("，,。；;");
        if (stop >= 0) rest = rest[..stop];
        foreach (var trade in Trades) if (rest.Contains(trade, StringComparison.Ordinal)) return false;
        return true;
    }

    private static readonly string[] Trades = ["开", "卖", "经营", "办", "做", "摆", "有个", "有一", "的店", "的摊", "的门店"];

    /// <summary>An account written as a name: in quotes after an ID's label, or after a colon (not one already masked, 帅某某).</summary>
    private static LabelledValue? NamedAccount(string s, string label, int at, bool separated) =>
        ((label[^1] == '号' && label != "视频号" || label.EndsWith("ID", StringComparison.Ordinal)) && at < s.Length && s[at] is '“' or '"' or '「' ? Nickname(s, at) : null)
        ?? (separated && Nickname(s, at) is { } named && s.AsSpan(named.Start, named.End - named.Start).IndexOf('某') < 0
            // 闲鱼号：已注销, 微信号：无: what became of the account, not its name.
            && !(s[named.Start] is '已' or '未' or '无' or '不') ? named : null);

    /// <summary>住房一套，坐落于…, 民房位于…: a dwelling's word at most eight characters before the verb at <paramref name="verb"/>, in the same clause (not 住宅小区, 住宅楼).</summary>
    private static bool DwellingBefore(string s, int verb)
    {
        var from = Math.Max(0, verb - 11);
        var stop = s.AsSpan(from, verb - from).LastIndexOfAny("。；;\n");
        if (stop >= 0) from += stop + 1;
        var before = s.AsSpan(from, verb - from);
        foreach (var word in (ReadOnlySpan<string>)["住房", "民房", "自住房", "住宅"])
            if (before.LastIndexOf(word, StringComparison.Ordinal) is var at and >= 0 && before.Length - (at + word.Length) <= 8
                && !(word == "住宅" && from + at + 2 < s.Length && s[from + at + 2] is '小' or '楼' or '区')) return true;
        return false;
    }

    /// <summary>…6号401室，该户户主为…: the place is a household's, said in the next clause.</summary>
    private static bool HouseholdAfter(string s, int end) =>
        end + 2 < s.Length && s[end] is '，' or ',' && string.CompareOrdinal(s, end + 1, "该户", 0, 2) == 0;

    /// <summary>Whether two to six ideographs from <paramref name="at"/> end in a colon: a form's next label.</summary>
    private static bool LabelAhead(string s, int at)
    {
        var end = at;
        while (end < s.Length && end - at < 7 && NameOccurrences.IsIdeograph(s[end])) end++;
        return end - at is >= 2 and <= 6 && end < s.Length && s[end] is '：' or ':';
    }

    /// <summary>
    /// 户名：**国: a name whose surname a bank hid behind stars, which the label's gap skipped; one character of the
    /// given name is still shown. Not Markdown's bold closing a label: **证人：**张建国 has a whole name after it.
    /// </summary>
    private static LabelledValue? SurnameHidden(string s, int at)
    {
        if (at < 3 || !IsStar(s[at - 1]) || at + 1 < s.Length && (NameOccurrences.IsIdeograph(s[at + 1]) || IsStar(s[at + 1]))) return null;
        if (OrganisationEnds.Contains(s[at])) return null;
        var start = IsStar(s[at - 2]) ? at - 2 : at - 1;
        return s[start - 1] is '：' or ':' ? new(start, at + 1, MaskKinds.OtherPersonName) : null;
    }

    /// <summary>张*国, 张**国: a name with stars for characters a bank hid, still showing one of the given name; else null.</summary>
    private static LabelledValue? GivenNameHalfHidden(string s, int at, int run)
    {
        var end = at + run;
        var stars = 0;
        while (end + stars < s.Length && stars < 3 && IsStar(s[end + stars])) stars++;
        if (stars is 0 or 3) return null;
        var given = 0;
        while (end + stars + given < s.Length && given < 3 && NameOccurrences.IsIdeograph(s[end + stars + given])) given++;
        // 张建*: the stars hide the last character, and the first of the given name is shown.
        if (given == 0 && run == 1 || run + given > 3) return null;
        // 华*超市, 国*电网: what shows ends an organisation's name, not a person's.
        if (given > 0 && OrganisationEnds.Contains(s[end + stars + given - 1]) || given == 2 && Surnames.IsCommonWord(s.AsSpan(end + stars, 2))) return null;
        return new(at, end + stars + given, MaskKinds.OtherPersonName, s.Substring(at, end + stars + given - at));
    }

    private static LabelledValue? Name(string s, int at, string kind, bool separated)
    {
        if (s[at] is '【' || s.AsSpan(at).StartsWith("本人", StringComparison.Ordinal)) return null;
        // 居民向本局反映: 向 (a surname) here is the preposition before the agency, not a name.
        if (s[at] is '向' or '于' && at + 2 < s.Length && s[at + 1] is '本' or '我' && s[at + 2] is '局' or '院' or '所' or '部' or '厅' or '委' or '机' or '单' or '市' or '县' or '区')
            return null;
        var dotted = DottedName().Match(s, at, Math.Min(s.Length - at, 40));
        // 聘用的外籍人员伊万·彼得罗夫: the name starts after a role word the match took with it.
        if (dotted.Success && dotted.Index == at && Trimmed(s, dotted) is var (dottedStart, dottedEnd))
        {
            // 证人：买买提江·阿不都热依木 (the eighteenth red team's): after a colon the name runs to the field's end, whatever its
            // syllables (阿不都, Abdu-, is no 不 ending it).
            if (separated && dottedStart == at && (dotted.Index + dotted.Length == s.Length || !NameOccurrences.IsIdeograph(s[dotted.Index + dotted.Length])))
                dottedEnd = dotted.Index + dotted.Length;
            return new(dottedStart, dottedEnd, kind, s[dottedStart..dottedEnd]);
        }
        var latin = LatinName().Match(s[at..Math.Min(s.Length, at + 60)]);
        if (latin.Success) return new(at, at + latin.Length, kind, latin.Value);
        // 委托代理人：john smith — lower case, only where a colon or a cell says a name follows.
        if (separated && LowerLatinName().Match(s[at..Math.Min(s.Length, at + 60)]) is { Success: true } lower) return new(at, at + lower.Length, kind, lower.Value);
        if (separated && SurnameHidden(s, at) is { } hidden) return hidden with { Kind = kind };
        // 证人：阿依古丽, 员工买买提艾力称, 雇工扎西多吉称 (the nineteenth red team's): a minority's name without its dot, read whole
        // from its syllables; as a surname and two characters 阿依古丽 was masked as 阿某某丽.
        // (A static lambda: a closure over s would be allocated on every call of Name, which runs at every would-be name.)
        if (MinorityNames.At(s, at, static (t, end) => end == t.Length || !NameOccurrences.IsIdeograph(t[end]) || AfterName.Contains(t[end]) || StartsWithFollowWord(t, end)) is var minority and > 0)
            return new(at, at + minority, kind, s.Substring(at, minority));
        var surname = Surnames.At(s, at);
        if (surname == 0) return null;
        // 旁听人员：申请人邻居季海燕: a role after the label, not a name that starts with a surname (申); its own label reads
        // the name after it.
        if (StartsWithRoleWord(s, at)) return null;
        // 职业：司机  文化程度：初中, 职业：个体户  单位：无: after a role given as a field's value and a space, the next
        // field's label (文化程度：), not a name (文某某度：).
        if (separated && at > 0 && s[at - 1] is ' ' or '\t' or '\u3000' or '\u00A0' && LabelAhead(s, at)) return null;
        // 用户于平台下单, 售货员于现场承认: 于 after a role is the preposition, not a surname; but in 母亲于凤于2025年 the
        // preposition is the second 于, before the date.
        if (!separated && s[at] == '于' && !SurnameYuBeforeDate(s, at)) return null;
        // 询问时由手语翻译…, 店员由后门离开: 由 after a role or a time is the preposition (the twelfth red team's).
        if (!separated && s[at] == '由') return null;
        // 店员向顾客销售, 消费者向商家投诉: 向 before whom something was done is the preposition, not a surname.
        if (!separated && s[at] == '向' && at + 1 < s.Length && (StartsWithRoleWord(s, at + 1) || Preposed.Contains(s[at + 1])
            || StartsWithAny(s, at + 1, PrepositionObjects))) return null;
        // 证人：刘 德 华, 其子赖 小 龙: a name spaced out character by character, as forms align them.
        if (surname == 1 && SpacedName().Match(s[at..Math.Min(s.Length, at + 8)]) is { Success: true } spaced
            && spaced.Value.Replace(" ", "").Replace("\u3000", "") is var joined && !PartyNames.IsMasked(joined) && !joined[1..].Any(NotGiven.Contains))
        {
            // 姓名 张 华 性别 男: the next field's label is no third character (the twelfth red team's 张某某别).
            if (joined.Length == 3 && StartsWithAny(s, at + spaced.Length - 1, FieldsAfterSpacedName)) return new(at, at + 3, kind, joined[..2]);
            return new(at, at + spaced.Length, kind, joined);
        }
        var run = 0;
        while (at + run < s.Length && run < 5 && NameOccurrences.IsIdeograph(s[at + run])) run++;
        // 员工刘⏎海波未取得…, 证人钟国⏎华证实 (the eighteenth red team's): after a role with no colon too, and after the given name's
        // first character; what follows must still end the name (BrokenAfterSurname).
        if (run == surname && (separated || !NotGiven.Contains(s[at])) && BrokenAfterSurname(s, at, surname) is { } broken) return broken with { Kind = kind };
        if (run == surname + 1 && surname == 1 && !separated && BrokenAfterFirstGiven(s, at) is { } wrapped) return wrapped with { Kind = kind };
        // 户名：张*国: a name a bank half-masked still shows a given name's character (张*国 → 张某某).
        if (separated && run <= surname + 1 && GivenNameHalfHidden(s, at, run) is { } half) return half with { Kind = kind };
        if (run <= surname) return null;
        var length = 0;
        for (var n = surname + 1; n <= Math.Min(surname + 2, run); n++)
        {
            if (n == run) { length = n; break; }
            if (StartsWithFollowWord(s, at + n) || IsVerbWithItsParticle(s, at + n)) { length = n; break; }
        }
        if (length == 0) length = Math.Min(surname + 2, run);
        // 当事人应当…, 代理人于…: a function word is not a given name; after one given character it ends the name
        // (员工王芳经诊断为…).
        if (NotGiven.Contains(s[at + surname])) return null;
        // 业主方擅自…, 员工全部擅自…: a word for what was done straight after a surname's character is no given name.
        if (!separated && FollowWordStarts.Contains(s[at + surname]) && StartsWithAny(s, at + surname, LongFollowWords)) return null;
        // 销售人员宣传时声称…, 负责人施工中销毁…: what the person did and when, before how the person acted, is no name
        // of three characters (an over-mask round found these read as 宣某某声称).
        if (!separated && Math.Min(surname + 2, run) == surname + 2 && StartsWithAny(s, at + surname + 2, ActsAfterName)
            && (s[at + surname + 1] is '时' or '上' or '后' || Surnames.IsCommonWord(s.AsSpan(at, surname + 1)))) return null;
        for (var k = surname + 1; k < length; k++) if (NotGiven.Contains(s[at + k])) { length = k; break; }
        // 证人：张王秀英: a married woman's name with her husband's surname before her own is four characters.
        // Not where the first two make a word (经官方兽医签字).
        if (separated && surname == 1 && run == 4 && length == 3 && Surnames.At(s, at + 1) == 1 && !NotGiven.Contains(s[at + 3])
            && !Surnames.IsCommonWord(s.AsSpan(at, 2)) && !Surnames.StartsWithEverydayWord(s.AsSpan(at, 4))) length = 4;
        var name = s.Substring(at, length);
        if (PartyNames.IsMasked(name)) return null;
        // “老表米粉店”, 员工杨国福店: what ends in a shop's or an office's word is no name of three characters.
        if (!separated && length == surname + 2 && "店司局部处队所厂".Contains(name[^1])) return null;
        // 原店主, 顾客和家人吃了…: 原 before a role, or a conjunction before whom, is no surname.
        if (surname == 1 && s[at] is '原' or '和' or '与' or '及' or '同' && (StartsWithRoleWord(s, at + 1) || StartsWithAny(s, at + 1, Companions))) return null;
        // 消费者康复后拨打…, 员工关门后离开: what the person had done, run on from the role, is not a name (康某某拨打);
        // nor is what a cook wears (厨师戴手套炒菜).
        if (!separated && (name[^1] == '后' || s[at] == '戴' && StartsWithAny(s, at + 1, Worn))) return null;
        // 供货商：张家港市华联超市有限公司, 户名：江西省财政厅, 承运人：申通快递: a place's or a business's name, not a person's.
        // 供货商刘德华经营部, 顾客刘德华食品商行的店员: a shop named after its owner, written straight after the role.
        if (StartsWithAny(s, at + length, ShopNameEnds)) return null;
        // 举报人：阳明路123号…, 张江路88号, 何家湾村: a street or a village, not a name (the twelfth red team's 阳某某123号).
        if (IsStreetOrVillage(s, at, length)) return null;
        if (PlaceEnds.Contains(name[^1]) || separated && run > length && !StartsWithFollowWord(s, at + length) && RunsIntoOrganisation(s, at)
            || RegionBracketThenOrganisation(s, at + length)) return null;
        // 员工时常…, 员工宿舍的…, 经营者信用的记录, 委托代理人权限, 消费者权益日, 员工花名册, 买家付款后: a word straight after the
        // label, not a name.
        if (!separated && (length == surname + 1 && Surnames.IsCommonWord(name) || Surnames.StartsWithEverydayWord(s.AsSpan(at, run))
            || length == surname + 2 && NounEnds.Contains(name[^1]) && Surnames.IsCommonWord(name.AsSpan(0, surname + 1))
            // 员工宿舍位于…, 驾驶员严重违反…, 员工江西籍: an everyday word, then a word the third character starts (the
            // thirteenth round's 员工宿某某于…); 员工王国华称 stays a name, 华称 being no word.
            || length == surname + 2 && Surnames.IsCommonWord(name.AsSpan(0, surname + 1)) && StartsWithAny(s, at + surname + 1, WordsAfterAWord))) return null;
        // Written straight after the label and run on into more characters (会计师事务所, 店员向消费者…), it is a name
        // only where what follows starts a sentence's next part: a follow word, or a character that does (员工李春生擅自…,
        // 消费者李春生食用后…, 员工刘志强、陈美华、李大勇三人).
        if (!separated && run > length && !StartsWithFollowWord(s, at + length) && !AfterName.Contains(s[at + length])
            && !IsVerbWithItsParticle(s, at + length)) return null;
        // 证人:刘海 波: a name split by a scan's stray space after its second character, the third alone before the field's
        // end (published 刘某某 波); not the person's sex or a word after a space (刘海 男，, 刘海 等).
        if (separated && length == surname + 1 && run == length && at + length + 1 < s.Length && s[at + length] == ' '
            && NameOccurrences.IsIdeograph(s[at + length + 1]) && !"男女等称说和及与".Contains(s[at + length + 1])
            && (at + length + 2 == s.Length || s[at + length + 2] is '，' or ',' or '。' or '；' or ';' or '\n' or '\r'))
            return new(at, at + length + 2, kind, name + s[at + length + 1]);
        return new(at, at + length, kind, name);
    }
}
