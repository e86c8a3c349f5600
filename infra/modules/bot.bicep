// Azure Bot registration (user-assigned managed identity, no client secret) with its Microsoft Teams channel.
// New multi-tenant bot registrations are no longer possible; UserAssignedMSI needs no password at all.

@description('Bot resource name (2-64 characters, globally unique handle).')
@minLength(2)
@maxLength(64)
param name string

@description('Display name shown in Teams.')
param displayName string

@description('Bot Service SKU: F0 (free, standard channels such as Teams are free) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Messaging endpoint, https://<web app host>/api/messages.')
param endpoint string

@description('Resource id of the user-assigned identity the bot authenticates as.')
param identityResourceId string

@description('Client id of that identity; it is the bot\'s app id (MicrosoftAppId).')
param identityClientId string

@description('Tenant of that identity.')
param identityTenantId string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: identityTenantId
    msaAppMSIResourceId: identityResourceId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
