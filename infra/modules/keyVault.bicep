// Key Vault (RBAC authorization) with the app's secrets; the bot's managed identity may read them.

@description('Azure region.')
param location string

@description('Key Vault name (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Principal id of the user-assigned identity that reads the secrets.')
param readerPrincipalId string

@description('Soft delete; Azure enforces it on new vaults, so false is only honoured on old ones.')
param enableSoftDelete bool

@description('Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Purge protection; irreversible once on.')
param enablePurgeProtection bool

@description('Log Analytics workspace that receives the vault\'s audit logs and metrics.')
param workspaceId string

@secure()
@description('TrueConf OAuth client secret; no secret is created when it is not given (another backend).')
param trueConfClientSecret string?

@secure()
@description('MoodHood personal token; no secret is created when it is not given (another backend).')
param moodHoodPersonalToken string?

@secure()
@description('Slack signing secret; no secret is created when it is not given.')
param slackSigningSecret string?

@secure()
@description('Slack bot token (xoxb-...); no secret is created when it is not given.')
param slackBotToken string?

@secure()
@description('Slack app-level token (xapp-..., Socket Mode); no secret is created when it is not given.')
param slackAppToken string?

param tags object

// Booleans, so outputs and conditions never touch the secret values themselves.
var hasTrueConfClientSecret = !empty(trueConfClientSecret ?? '')
var hasMoodHoodPersonalToken = !empty(moodHoodPersonalToken ?? '')
var hasSlackSigningSecret = !empty(slackSigningSecret ?? '')
var hasSlackBotToken = !empty(slackBotToken ?? '')
var hasSlackAppToken = !empty(slackAppToken ?? '')

// Built-in role "Key Vault Secrets User": read secret contents.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: enableSoftDelete
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // The service rejects an explicit false, so the property is left out unless it is turned on.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// Who read or changed which secret, in the same workspace as the app's own logs.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource trueConfSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (hasTrueConfClientSecret) {
  parent: vault
  name: 'trueconf-client-secret'
  properties: {
    value: trueConfClientSecret!
    contentType: 'text/plain'
  }
}

resource moodHoodTokenResource 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (hasMoodHoodPersonalToken) {
  parent: vault
  name: 'moodhood-personal-token'
  properties: {
    value: moodHoodPersonalToken!
    contentType: 'text/plain'
  }
}

resource slackSigningSecretResource 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (hasSlackSigningSecret) {
  parent: vault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret!
    contentType: 'text/plain'
  }
}

resource slackBotTokenResource 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (hasSlackBotToken) {
  parent: vault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken!
    contentType: 'text/plain'
  }
}

resource slackAppTokenResource 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (hasSlackAppToken) {
  parent: vault
  name: 'slack-app-token'
  properties: {
    value: slackAppToken!
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name

// Versionless URIs: App Service picks up a rotated secret without a redeploy.
output trueConfClientSecretUri string = hasTrueConfClientSecret ? trueConfSecret!.properties.secretUri : ''
output moodHoodPersonalTokenUri string = hasMoodHoodPersonalToken ? moodHoodTokenResource!.properties.secretUri : ''
output slackSigningSecretUri string = hasSlackSigningSecret ? slackSigningSecretResource!.properties.secretUri : ''
output slackBotTokenUri string = hasSlackBotToken ? slackBotTokenResource!.properties.secretUri : ''
output slackAppTokenUri string = hasSlackAppToken ? slackAppTokenResource!.properties.secretUri : ''
