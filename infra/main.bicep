// MeetingBot on Azure: Linux App Service (.NET 10) + Azure Bot (user-assigned managed identity, Teams channel)
// + Key Vault for secrets + Log Analytics/Application Insights + optional Azure Managed Redis (the state several
// instances share; without it the app runs on one instance with SQLite on that instance's local disk).
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json -p trueConfClientSecret=...
//         (MoodHood: -p conferencingProvider=MoodHood moodHoodApiBaseUrl=... moodHoodWebBaseUrl=... moodHoodSpaceId=... moodHoodPersonalToken=...)

targetScope = 'resourceGroup'

@description('Azure region for the regional resources (the bot itself is global).')
param location string = resourceGroup().location

@description('Short name used in every resource name.')
@minLength(3)
@maxLength(12)
param baseName string = 'meetingbot'

@description('Environment name used in resource names and tags.')
@allowed([
  'dev'
  'staging'
  'production'
])
param environmentName string

@description('Bot display name in Teams.')
param botDisplayName string = 'MeetingBot'

@description('Azure Bot SKU.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU (Basic or higher: Always On).')
param appServicePlanSku string = 'B1'

@description('App Service instances. More than one only with deployRedis=true (the deployment fails otherwise): without Redis the bot\'s state is a SQLite file on the one instance\'s local disk.')
@minValue(1)
@maxValue(30)
param appServiceInstanceCount int = 1

@description('Video backend the bot starts meetings on (the app\'s Conferencing__Provider). Only the chosen backend\'s parameters are used, and they are then required.')
@allowed([
  'TrueConf'
  'MoodHood'
])
param conferencingProvider string = 'TrueConf'

@description('TrueConf Server base URL, e.g. https://video.example.com (required when conferencingProvider is TrueConf).')
param trueConfServerUrl string?

@description('TrueConf OAuth client id, not a secret (required when conferencingProvider is TrueConf).')
param trueConfClientId string?

@description('TrueConf API version.')
param trueConfApiVersion string = 'v3.8'

@description('Path of an extra CA certificate (PEM) for a TrueConf server with a private CA, e.g. /home/site/certs/trueconf-ca.pem. Empty: system trust store only.')
param trueConfCaCertificatePath string = ''

@secure()
@description('TrueConf OAuth client secret (required when conferencingProvider is TrueConf). Stored in Key Vault; pass it from a pipeline secret variable.')
param trueConfClientSecret string?

@description('MoodHood API base URL, e.g. https://moodhood-api.livedigital.space (required when conferencingProvider is MoodHood).')
param moodHoodApiBaseUrl string?

@description('MoodHood web base URL of the meeting pages, e.g. https://edu.livedigital.space (required when conferencingProvider is MoodHood).')
param moodHoodWebBaseUrl string?

@description('MoodHood space the bot creates its rooms in (required when conferencingProvider is MoodHood).')
param moodHoodSpaceId string?

@description('MoodHood room type of the rooms the bot creates.')
param moodHoodRoomType string = 'lesson'

@secure()
@description('MoodHood personal token (required when conferencingProvider is MoodHood). Stored in Key Vault; pass it from a pipeline secret variable.')
param moodHoodPersonalToken string?

@secure()
@description('Slack signing secret (optional; Slack over HTTP needs it, Socket Mode does not; Slack is off when no Slack secret is given).')
param slackSigningSecret string?

@secure()
@description('Slack bot token (optional).')
param slackBotToken string?

@secure()
@description('Slack app-level token for Socket Mode (optional; with it the bot opens its own connection to Slack and needs no signing secret).')
param slackAppToken string?

@description('Key Vault soft delete (Azure enforces it on new vaults).')
param keyVaultEnableSoftDelete bool = true

@description('Days a deleted secret or vault can be recovered.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Key Vault purge protection (irreversible; recommended for production).')
param keyVaultEnablePurgeProtection bool = false

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Deploy Azure Managed Redis and keep the bot\'s state there (Storage__Provider=Redis, the connection string from Key Vault). Required for appServiceInstanceCount > 1.')
param deployRedis bool = false

@description('Azure Managed Redis SKU (used only when deployRedis is true), e.g. Balanced_B0, Balanced_B1, MemoryOptimized_M10.')
param redisSku string = 'Balanced_B0'

@description('Extra tags for every resource.')
param tags object = {}

var suffix = uniqueString(resourceGroup().id, baseName, environmentName)
var prefix = '${baseName}-${environmentName}'
var allTags = union(tags, {
  application: 'MeetingBot'
  environment: environmentName
})
var names = {
  identity: 'id-${prefix}'
  plan: 'asp-${prefix}'
  webApp: 'app-${prefix}-${suffix}'
  bot: 'bot-${prefix}-${suffix}'
  keyVault: 'kv-${take(baseName, 6)}-${take(suffix, 13)}'
  workspace: 'log-${prefix}'
  appInsights: 'appi-${prefix}'
  redis: 'redis-${prefix}-${suffix}'
}

var useMoodHood = conferencingProvider == 'MoodHood'

// Outside /home, a Linux App Service container writes to its own disk.
var sqliteLocalPath = '/tmp/meetingbot/meetingbot.db'

// The chosen backend's values the app cannot start without; a deployment missing one fails with their names.
var missingTrueConfParameters = concat(
  empty(trueConfServerUrl ?? '') ? ['trueConfServerUrl'] : [],
  empty(trueConfClientId ?? '') ? ['trueConfClientId'] : [],
  empty(trueConfClientSecret ?? '') ? ['trueConfClientSecret'] : []
)
var missingMoodHoodParameters = concat(
  empty(moodHoodApiBaseUrl ?? '') ? ['moodHoodApiBaseUrl'] : [],
  empty(moodHoodWebBaseUrl ?? '') ? ['moodHoodWebBaseUrl'] : [],
  empty(moodHoodSpaceId ?? '') ? ['moodHoodSpaceId'] : [],
  empty(moodHoodPersonalToken ?? '') ? ['moodHoodPersonalToken'] : []
)
var missingConferencingParameters = useMoodHood ? missingMoodHoodParameters : missingTrueConfParameters

// The bot's credential: the web app gets tokens for the Bot Connector as this identity (MicrosoftAppType=UserAssignedMSI).
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: allTags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
    publisherPrincipalId: identity.properties.principalId
    tags: allTags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: names.keyVault
    readerPrincipalId: identity.properties.principalId
    workspaceId: monitoring.outputs.workspaceId
    enableSoftDelete: keyVaultEnableSoftDelete
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    enablePurgeProtection: keyVaultEnablePurgeProtection
    // Only the chosen backend's secret reaches the vault.
    trueConfClientSecret: useMoodHood ? null : trueConfClientSecret
    moodHoodPersonalToken: useMoodHood ? moodHoodPersonalToken : null
    slackSigningSecret: slackSigningSecret
    slackBotToken: slackBotToken
    slackAppToken: slackAppToken
    tags: allTags
  }
}

module redis 'modules/redis.bicep' = if (deployRedis) {
  name: 'redis'
  params: {
    location: location
    name: names.redis
    skuName: redisSku
    keyVaultName: keyVault.outputs.name
    tags: allTags
  }
}

// Several instances share state only through Redis: two instances on their own SQLite files would each de-duplicate,
// keep links and run the watcher on their own.
var instanceCount = appServiceInstanceCount > 1 && !deployRedis
  ? fail('appServiceInstanceCount ${appServiceInstanceCount} needs deployRedis=true: more than one instance shares its state only through Redis.')
  : appServiceInstanceCount

@description('App Service Key Vault reference to a secret (resolved with keyVaultReferenceIdentity).')
func keyVaultReference(secretUri string) string => '@Microsoft.KeyVault(SecretUri=${secretUri})'

var baseAppSettings = [
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: identity.properties.tenantId
  }
  {
    // Must stay empty for UserAssignedMSI.
    name: 'MicrosoftAppPassword'
    value: ''
  }
  {
    name: 'Conferencing__Provider'
    value: conferencingProvider
  }
  {
    // /home holds the deployed executable (/home/site/wwwroot) and the CA file; the bot's state is not there.
    name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
    value: 'true'
  }
  {
    // The native executable is started directly (appCommandLine), not by the .NET image's start-up script: tell
    // it and the platform the port explicitly.
    name: 'ASPNETCORE_HTTP_PORTS'
    value: '8080'
  }
  {
    name: 'WEBSITES_PORT'
    value: '8080'
  }
  {
    // Local authentication is off on the component: the app signs in as the identity above (MicrosoftAppType).
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.connectionString
  }
]
var trueConfSettings = concat(
  [
    {
      name: 'TrueConf__ServerUrl'
      value: trueConfServerUrl
    }
    {
      name: 'TrueConf__ClientId'
      value: trueConfClientId
    }
    {
      name: 'TrueConf__ClientSecret'
      value: keyVaultReference(keyVault.outputs.trueConfClientSecretUri)
    }
    {
      name: 'TrueConf__ApiVersion'
      value: trueConfApiVersion
    }
  ],
  empty(trueConfCaCertificatePath)
    ? []
    : [
        {
          name: 'TrueConf__CaCertificatePath'
          value: trueConfCaCertificatePath
        }
      ]
)
var moodHoodSettings = [
  {
    name: 'MoodHood__ApiBaseUrl'
    value: moodHoodApiBaseUrl
  }
  {
    name: 'MoodHood__WebBaseUrl'
    value: moodHoodWebBaseUrl
  }
  {
    name: 'MoodHood__SpaceId'
    value: moodHoodSpaceId
  }
  {
    name: 'MoodHood__RoomType'
    value: moodHoodRoomType
  }
  {
    name: 'MoodHood__PersonalToken'
    value: keyVaultReference(keyVault.outputs.moodHoodPersonalTokenUri)
  }
]
var conferencingSettings = empty(missingConferencingParameters)
  ? (useMoodHood ? moodHoodSettings : trueConfSettings)
  : fail('conferencingProvider ${conferencingProvider} needs these parameters: ${join(missingConferencingParameters, ', ')}.')
var slackSettings = concat(
  empty(keyVault.outputs.slackSigningSecretUri)
    ? []
    : [
        {
          name: 'Slack__SigningSecret'
          value: keyVaultReference(keyVault.outputs.slackSigningSecretUri)
        }
      ],
  empty(keyVault.outputs.slackBotTokenUri)
    ? []
    : [
        {
          name: 'Slack__BotToken'
          value: keyVaultReference(keyVault.outputs.slackBotTokenUri)
        }
      ],
  empty(keyVault.outputs.slackAppTokenUri)
    ? []
    : [
        {
          name: 'Slack__AppToken'
          value: keyVaultReference(keyVault.outputs.slackAppTokenUri)
        }
      ]
)
var storageSettings = deployRedis
  ? [
      {
        name: 'Storage__Provider'
        value: 'Redis'
      }
      {
        name: 'Storage__Redis__ConnectionString'
        value: keyVaultReference(redis!.outputs.connectionStringSecretUri)
      }
    ]
  : [
      {
        name: 'Storage__Provider'
        value: 'Sqlite'
      }
      {
        // The one instance's local disk, not the /home share: SQLite's locking is not safe on that network share.
        // The file is lost when the instance restarts or moves (see the README's "Storage: one instance or several").
        name: 'Storage__SqlitePath'
        value: sqliteLocalPath
      }
    ]

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    planName: names.plan
    name: names.webApp
    skuName: appServicePlanSku
    instanceCount: instanceCount
    workspaceId: monitoring.outputs.workspaceId
    identityResourceId: identity.id
    appSettings: concat(baseAppSettings, storageSettings, conferencingSettings, slackSettings)
    tags: allTags
  }
}

var botEndpoint = 'https://${webApp.outputs.defaultHostName}/api/messages'

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    sku: botSku
    endpoint: botEndpoint
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    tags: allTags
  }
}

@description('Default host name of the web app (the Teams package\'s bot host).')
output webAppHostName string = webApp.outputs.defaultHostName

@description('Web app name (for the AzureWebApp deployment task).')
output webAppName string = webApp.outputs.name

@description('Messaging endpoint registered on the Azure Bot.')
output botEndpoint string = bot.outputs.endpoint

@description('Client id of the user-assigned identity = MicrosoftAppId = the Teams app\'s bot id.')
output identityClientId string = identity.properties.clientId

@description('Key Vault holding the secrets.')
output keyVaultName string = keyVault.outputs.name

@description('Azure Bot resource name.')
output botName string = bot.outputs.name
