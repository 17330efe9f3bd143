namespace Enforcement.Sample;

/// <summary>A person the sample invents: full name, surname, and the pinyin used for e-mail addresses.</summary>
internal sealed record Person(string Name, string Surname, string Pinyin, bool Male);

/// <summary>
/// Two disjoint pools of names. Public people (officers, legal representatives, operators of individual
/// businesses) get a one- or two-character given name from <see cref="PublicGiven"/>; private people
/// (natural-person parties, witnesses, agents) always get a two-character given name from
/// <see cref="PrivateGiven"/>. So a private name can never equal, or hide inside, a name the portal
/// publishes, and the leak gate has no false alarms to excuse.
/// </summary>
internal static class SampleNames
{
    public static readonly (string Surname, string Pinyin)[] Surnames =
    [
        ("刘", "liu"), ("李", "li"), ("王", "wang"), ("张", "zhang"), ("陈", "chen"), ("黄", "huang"), ("胡", "hu"),
        ("吴", "wu"), ("杨", "yang"), ("彭", "peng"), ("罗", "luo"), ("周", "zhou"), ("邹", "zou"), ("袁", "yuan"),
        ("钟", "zhong"), ("熊", "xiong"), ("曾", "zeng"), ("谢", "xie"), ("徐", "xu"), ("朱", "zhu"), ("邓", "deng"),
        ("余", "yu"), ("晏", "yan"), ("况", "kuang"), ("敖", "ao"), ("漆", "qi"), ("卢", "lu"), ("肖", "xiao"),
        ("龚", "gong"), ("付", "fu"), ("帅", "shuai"), ("简", "jian"), ("聂", "nie"), ("欧阳", "ouyang"), ("喻", "yu"),
    ];

    /// <summary>Given names of private people (always two characters), with pinyin and sex.</summary>
    public static readonly (string Given, string Pinyin, bool Male)[] PrivateGiven =
    [
        ("小明", "xiaoming", true), ("建华", "jianhua", true), ("国强", "guoqiang", true), ("秀英", "xiuying", false),
        ("桂兰", "guilan", false), ("海燕", "haiyan", false), ("志刚", "zhigang", true), ("丽萍", "liping", false),
        ("春生", "chunsheng", true), ("冬梅", "dongmei", false), ("金凤", "jinfeng", false), ("水根", "shuigen", true),
        ("细妹", "ximei", false), ("火生", "huosheng", true), ("根发", "genfa", true), ("长华", "changhua", true),
        ("国平", "guoping", true), ("晓东", "xiaodong", true), ("红英", "hongying", false), ("美华", "meihua", false),
        ("玉兰", "yulan", false), ("德胜", "desheng", true), ("新民", "xinmin", true), ("建军", "jianjun", true),
        ("卫东", "weidong", true), ("爱华", "aihua", false), ("小红", "xiaohong", false), ("文斌", "wenbin", true),
        ("俊杰", "junjie", true), ("子豪", "zihao", true), ("雨欣", "yuxin", false), ("思远", "siyuan", true),
        ("梓涵", "zihan", false), ("浩然", "haoran", true), ("婷婷", "tingting", false), ("佳怡", "jiayi", false),
        ("宇航", "yuhang", true), ("鹏飞", "pengfei", true), ("志强", "zhiqiang", true), ("伟平", "weiping", true),
        ("九生", "jiusheng", true), ("龙根", "longgen", true), ("福生", "fusheng", true), ("财旺", "caiwang", true),
        ("荷花", "hehua", false), ("桃英", "taoying", false), ("腊梅", "lamei", false), ("秋生", "qiusheng", true),
        ("云峰", "yunfeng", true), ("少华", "shaohua", true), ("雪芳", "xuefang", false), ("翠兰", "cuilan", false),
        ("凤英", "fengying", false), ("玉珍", "yuzhen", false), ("永康", "yongkang", true), ("水生", "shuisheng", true),
        ("满英", "manying", false), ("金生", "jinsheng", true), ("素珍", "suzhen", false), ("家旺", "jiawang", true),
    ];

    /// <summary>Given names of public people: one or two characters, none of them a private given name.</summary>
    public static readonly string[] PublicGiven =
    [
        "明", "伟", "军", "勇", "磊", "涛", "斌", "超", "静", "敏", "燕", "芳", "娟", "艳", "丹", "鹏", "杰", "浩",
        "洋", "峰", "琳", "颖", "晶", "辉", "俊", "凯", "彬", "亮", "健", "锋", "毅", "蕾", "婧", "昊", "晖", "炜",
        "文华", "建平", "志伟", "海波", "国华", "晓红", "红梅", "立新", "志红", "卫国", "振华", "爱民", "永红",
        "建新", "春华", "宏伟", "晓峰", "丽君", "国庆", "小林", "慧敏", "文军", "德华", "光明", "佳伟", "嘉欣",
    ];

    public static Person Private(Random rng)
    {
        var (surname, py) = Surnames[rng.Next(Surnames.Length)];
        var (given, gpy, male) = PrivateGiven[rng.Next(PrivateGiven.Length)];
        return new Person(surname + given, surname, py + gpy, male);
    }

    public static string Public(Random rng) =>
        Surnames[rng.Next(Surnames.Length)].Surname + PublicGiven[rng.Next(PublicGiven.Length)];
}
