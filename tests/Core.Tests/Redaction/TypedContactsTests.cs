using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// A rating's 补充说明 as the rated officer's body reads it: the rater's contact is kept from that body, so one written into
/// the comment (as shopkeepers do: 有事打我电话…) is masked too, however it is typed; what the comment says is kept.
/// </summary>
public sealed class TypedContactsTests
{
    [Theory]
    [InlineData("有事打我电话13800138000", "有事打我电话【电话已隐去】")]
    [InlineData("我的电话 138 0013 8000，随时联系", "我的电话 【电话已隐去】，随时联系")]
    [InlineData("电话+86-138-0013-8000", "电话【电话已隐去】")]
    [InlineData("手机１３８００１３８０００", "手机【电话已隐去】")]
    [InlineData("店里座机0795-7654321", "店里座机【电话已隐去】")]
    [InlineData("我的身份证 360902199001011234，电话13800138000", "我的身份证 【身份证号已隐去】，电话【电话已隐去】")]
    [InlineData("身份证11010519491231002X", "身份证【身份证号已隐去】")]
    [InlineData("邮箱 zhang.san@qq.com 可回复", "邮箱 【邮箱已隐去】 可回复")]
    public void Contacts_written_into_a_comment_are_masked(string comment, string masked) =>
        Assert.Equal(masked, TypedContacts.Masked(comment));

    [Theory]
    [InlineData("执法证号36090012389的李明态度很好，检查了2小时")]
    [InlineData("2026年3月1日上午检查，罚款5000元，我觉得太重")]
    [InlineData("没有出示执法证，也没有告知申辩权利")]
    [InlineData("")]
    public void A_comment_without_contacts_is_kept_as_written(string comment) =>
        Assert.Equal(comment, TypedContacts.Masked(comment));

    [Fact]
    public void No_comment_stays_none() => Assert.Null(TypedContacts.Masked(null));
}
