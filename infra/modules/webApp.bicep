// Linux App Service plan + Web App on .NET 10, running as the bot's user-assigned managed identity.

@description('Azure region.')
param location string

@description('App Service plan name.')
param planName string

@description('Web app name (globally unique; part of the default host name).')
param name string

@description('App Service plan SKU, e.g. B1, S1, P0v3, P1v3. Always On needs Basic or higher.')
param skuName string

@description('Number of instances. More than one needs the shared Redis state (deployRedis).')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Resource id of the user-assigned identity (bot credential and Key Vault reference identity).')
param identityResourceId string

@description('App settings as name/value pairs.')
param appSettings array

param tags object

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Resolve @Microsoft.KeyVault(...) app settings with the user-assigned identity (there is no system identity).
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // The package holds a native (AOT) executable, not MeetingBot.dll. Zip deployment may drop the execute bit.
      appCommandLine: 'sh -c "chmod +x /home/site/wwwroot/MeetingBot 2>/dev/null; exec /home/site/wwwroot/MeetingBot"'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

// No FTP deployment credentials; deployments go through the pipeline's Entra ID service connection.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
