// Linux App Service plan + Web App on .NET 10, running as the bot's user-assigned managed identity.

@description('Azure region.')
param location string

@description('App Service plan name.')
param planName string

@description('Web app name (globally unique; part of the default host name).')
param name string

@description('App Service plan SKU, e.g. B1, S1, P0v3, P1v3. Always On needs Basic or higher.')
param skuName string

@description('Number of instances; main.bicep allows more than one only when the bot keeps its state in Redis.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Log Analytics workspace that receives the web app\'s logs and metrics.')
param workspaceId string

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
    // No platform-driven scale-out (automatic scaling on Premium plans): the count is instanceCount, which main.bicep
    // checks against the store.
    elasticScaleEnabled: false
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
      numberOfWorkers: instanceCount
      appSettings: appSettings
    }
  }
}

// No basic-auth publishing (FTP or the SCM/Kudu site); deployments go through the pipeline's Entra ID service connection.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// HTTP, console, platform and audit logs next to the app's own telemetry.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
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

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
