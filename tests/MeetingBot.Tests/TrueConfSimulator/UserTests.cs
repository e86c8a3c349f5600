using System.Net;
using System.Text.Json;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class UserTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    [Fact]
    public async Task One_user_has_the_full_user_object()
    {
        var answer = await Http.CallAsync(HttpMethod.Get, "/users/helen");

        var user = answer.Json.GetProperty("user");
        Assert.Equal("helen", user.GetProperty("id").GetString());
        Assert.Equal("helen@trueconf.local", user.GetProperty("uid").GetString());
        Assert.Equal("helen", user.GetProperty("login_name").GetString());
        Assert.Equal("helen.carter@contoso.example", user.GetProperty("email").GetString());
        Assert.Equal("Helen Carter", user.GetProperty("display_name").GetString());
        Assert.Equal("Helen", user.GetProperty("first_name").GetString());
        Assert.Equal("Carter", user.GetProperty("last_name").GetString());
        Assert.Equal(1, user.GetProperty("is_active").GetInt32());
        Assert.Equal(1, user.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Array, user.GetProperty("groups").ValueKind);
    }

    [Fact]
    public async Task Disabled_account_and_non_latin_name_are_seeded()
    {
        var olga = await Http.CallAsync(HttpMethod.Get, "/users/olga");
        var ivan = await Http.CallAsync(HttpMethod.Get, "/users/ivan");

        Assert.Equal(0, olga.Json.GetProperty("user").GetProperty("is_active").GetInt32());
        Assert.Equal("Иван Петров", ivan.Json.GetProperty("user").GetProperty("display_name").GetString());
    }

    [Fact]
    public async Task Unknown_user_is_404_userNotFound_at_user_id()
    {
        var answer = await Http.CallAsync(HttpMethod.Get, "/users/nobody");

        answer.AssertApiError(HttpStatusCode.NotFound, "userNotFound", "user_id");
        Assert.Equal("path", answer.FirstError.GetProperty("locationType").GetString());
    }

    [Fact]
    public async Task Pages_follow_next_page_id_until_minus_one()
    {
        var seen = new List<string>();
        var pageId = 1;
        var calls = 0;
        while (pageId != -1)
        {
            var page = await Http.CallAsync(HttpMethod.Get, $"/users?page_id={pageId}&page_size=3");
            seen.AddRange(page.Json.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("id").GetString()!));
            pageId = page.Json.GetProperty("next_page_id").GetInt32();
            calls++;
        }

        Assert.Equal(State.Users.Select(u => u.Id), seen);
        Assert.Equal((State.Users.Count + 2) / 3, calls);
        Assert.Contains("alex", seen);
    }

    [Fact]
    public async Task Default_page_holds_everyone_and_ends_the_list()
    {
        var answer = await Http.CallAsync(HttpMethod.Get, "/users");

        Assert.Equal(-1, answer.Json.GetProperty("next_page_id").GetInt32());
        Assert.Equal(State.Users.Count, answer.Json.GetProperty("users").GetArrayLength());
    }

    [Theory]
    [InlineData("email=DEAN@contoso.example", new[] { "dean", "ldean" })]
    [InlineData("email=helen.carter@contoso.example", new[] { "helen" })]
    [InlineData("display_name=%D0%B8%D0%B2%D0%B0%D0%BD", new[] { "ivan" })]
    [InlineData("login_name=EV", new[] { "kevin" })]
    [InlineData("first_name=mar", new[] { "maria" })]
    [InlineData("last_name=smith&first_name=kev", new[] { "kevin" })]
    [InlineData("email=nobody@example.org", new string[0])]
    public async Task Filters_are_case_insensitive_contains(string query, string[] expected)
    {
        var answer = await Http.CallAsync(HttpMethod.Get, $"/users?{query}");

        Assert.Equal(expected, answer.Json.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Invalid_page_id_is_invalidValue()
    {
        var answer = await Http.CallAsync(HttpMethod.Get, "/users?page_id=0");

        answer.AssertApiError(HttpStatusCode.BadRequest, "invalidValue", "page_id");
    }

    [Fact]
    public async Task Added_users_are_listed()
    {
        State.AddUser("nina", "Nina Berg", "nina@fabrikam.example");

        var answer = await Http.CallAsync(HttpMethod.Get, "/users?email=fabrikam");

        Assert.Equal("Berg", answer.Json.GetProperty("users")[0].GetProperty("last_name").GetString());
        Assert.Throws<InvalidOperationException>(() => State.AddUser("nina", "Other", "x@y.example"));
    }
}
