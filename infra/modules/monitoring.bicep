// Log Analytics workspace + workspace-based Application Insights with local (key-only) authentication off.
// The app exports OpenTelemetry to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set, signed in
// with Entra ID as the bot's managed identity, which is Monitoring Metrics Publisher on the component.

@description('Azure region.')
param location string

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param appInsightsName string

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Principal id of the identity that sends telemetry (gets Monitoring Metrics Publisher on Application Insights).')
param publisherPrincipalId string

param tags object

// Built-in role "Monitoring Metrics Publisher": send telemetry with an Entra ID token.
var monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    // Ingestion with the instrumentation key alone is refused; the connection string is no credential then.
    DisableLocalAuth: true
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, publisherPrincipalId, monitoringMetricsPublisherRoleId)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisherRoleId)
    principalId: publisherPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Application Insights connection string (an identifier, not a credential).')
output connectionString string = appInsights.properties.ConnectionString

@description('Log Analytics workspace that receives the diagnostic logs of the web app and the Key Vault.')
output workspaceId string = workspace.id
