// Optional Azure Cache for Redis (shared state when the web app runs on more than one instance).
// TLS only; the connection string goes into Key Vault, never into an output or an app setting in clear.

@description('Azure region.')
param location string

@description('Cache name (globally unique).')
param name string

@description('Cache SKU: Basic has no replica and no SLA; Standard is the smallest with one.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param skuName string

@description('Cache size: 0-6 for Basic/Standard (C0-C6), 1-5 for Premium (P1-P5).')
@minValue(0)
@maxValue(6)
param capacity int

@description('Name of the Key Vault (same resource group) that receives the connection string.')
param keyVaultName string

param tags object

resource cache 'Microsoft.Cache/redis@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: skuName
      family: skuName == 'Premium' ? 'P' : 'C'
      capacity: capacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisConfiguration: {
      'maxmemory-policy': 'volatile-lru'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'redis-connection-string'
  properties: {
    // StackExchange.Redis format, TLS port 6380.
    value: '${cache.properties.hostName}:${cache.properties.sslPort},password=${cache.listKeys().primaryKey},ssl=True,abortConnect=False'
    contentType: 'text/plain'
  }
}

output hostName string = cache.properties.hostName
output connectionStringSecretUri string = connectionStringSecret.properties.secretUri
