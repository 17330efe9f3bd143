using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    // The sixteenth red team's: an injury's appraised degree (刘海波的损伤程度为轻伤二级, 构成十级伤残, 伤残等级为九级, 经鉴定为
    // 轻微伤; not a law's 构成轻伤以上的 nor a count, 造成1人重伤), a limb's disability (左腿残疾, 右手萎缩), medicine a person
    // takes for good (长期服用降压药), a paralysis for years (常年瘫痪), a strain or a deformity had (患有严重的腰肌劳损), a mind
    // unsettled (精神状态异常, 精神失常) and a carrier of a virus (艾滋病病毒携带者, where 艾滋病 alone was masked and 病毒携带者
    // published). Tried only where one of BodyWords occurs.
    [GeneratedRegex("(?<=为|构成|属于?|系|达到?|评定为|鉴定为)(?:(?:轻伤|重伤)[一二12]级|轻微伤|(?:[一二三四五六七八九十]|10|[1-9])级伤残|伤残(?:[一二三四五六七八九十]|10|[1-9])级)(?!以上|以下|的|或)"
        + "|伤残等级(?:为|是|[：:])(?:[一二三四五六七八九十]|10|[1-9])级"
        + "|[左右双](?:腿|脚|手|臂|眼|耳|上肢|下肢|下肢)(?:残疾|残废|萎缩|畸形|瘫痪|截肢)"
        + "|(?:长期|常年|每天|需要?|一直|终身|按时)服用(?:降压|降糖|降脂|抗抑郁|抗精神病|抗癫痫|抗病毒|精神类|安眠|镇静|止痛|抗凝)(?:类)?(?:药物?|药品)?"
        + "|(?<!系统|网络|交通|平台|设备)(?:常年|长期|全身|完全|高位)瘫痪(?:在床)?"
        + "|患有(?:严重的?|多年的?|慢性)?[\\u4E00-\\u9FFF]{0,8}?(?:劳损|畸形|缺损|萎缩|狭窄|积液|息肉)"
        + "|精神(?:状态|状况)(?:异常|不稳定|不佳|失常)(?!时|的)|精神失常(?!时|的)"
        // 系重度抑郁 (重度抑郁症 was masked, not without 症), 在…医院精神科住院治疗, 丈夫有严重的心脏病 (有心脏病 was masked).
        + "|(?<=[系是])(?:重度|中度|轻度)抑郁|精神(?:科|病院|专科医院)住院(?:治疗)?"
        + "|(?<=[\\u4E00-\\u9FFF])有(?:严重的?|多年的?|慢性)(?:糖尿病|高血压|心脏病|肺结核|肿瘤|肾病|肝病|哮喘|癫痫|精神病)(?![的患病者人])"
        + "|(?:艾滋病病毒|HIV|乙肝病毒|乙肝|丙肝)携带者(?![的就群])"
        // 2018年因为赌博被派出所拘留过五天: the offence a police record was for (拘留过 alone was masked, the offence published).
        + "|(?<![未不无])因为?(?:赌博|吸毒|嫖娼|盗窃|打架|斗殴|诈骗|卖淫|寻衅滋事)被[\\u4E00-\\u9FFF]{0,8}?(?:拘留|处罚|罚款|判刑)(?:过)?(?:[一二三四五六七八九十0-9]+[天日年个月]+)?(?!的)")]
    private static partial Regex BodyPattern();

    private static readonly string[] BodyWords =
        ["轻伤", "重伤", "轻微伤", "伤残", "残疾", "残废", "萎缩", "畸形", "截肢", "服用", "瘫痪", "劳损", "缺损", "狭窄", "积液", "息肉", "精神状", "精神失常", "携带者", "抑郁", "精神科", "精神病院", "精神专科", "有严重", "有多年", "有慢性", "赌博", "吸毒", "嫖娼", "盗窃", "打架", "斗殴", "诈骗", "卖淫", "寻衅滋事"];
}
