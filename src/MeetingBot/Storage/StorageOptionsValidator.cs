using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

/// <summary>Names the key that is wrong: an unknown store, or a store without what it needs.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        switch (StorageOptions.Parse(options.Provider))
        {
            case null:
                return ValidateOptionsResult.Fail($"{StorageOptions.ProviderKey} must be Sqlite or Redis (it is '{options.Provider}').");
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.SqlitePath):
                return ValidateOptionsResult.Fail("Storage:SqlitePath must not be empty.");
            case StorageProvider.Redis when string.IsNullOrWhiteSpace(options.Redis.ConnectionString):
                return ValidateOptionsResult.Fail($"{RedisStorageOptions.ConnectionStringKey} is required when {StorageOptions.ProviderKey} is Redis.");
            case StorageProvider.Redis when string.IsNullOrWhiteSpace(options.Redis.KeyPrefix) || options.Redis.KeyPrefix.IndexOfAny(['{', '}']) >= 0:
                return ValidateOptionsResult.Fail("Storage:Redis:KeyPrefix must be a non-empty name without braces.");
            case StorageProvider.Redis when options.Redis.TakeoverAfter < TimeSpan.FromMilliseconds(100) || options.Redis.TakeoverAfter > TimeSpan.FromMinutes(10):
                return ValidateOptionsResult.Fail("Storage:Redis:TakeoverAfter must be between 00:00:00.1 and 00:10:00.");
            default:
                return ValidateOptionsResult.Success;
        }
    }
}
