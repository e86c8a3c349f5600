// Azure Managed Redis (Microsoft.Cache/redisEnterprise + its one database): the state several instances of the bot
// share (Storage:Provider=Redis). The successor Microsoft names for the retiring Azure Cache for Redis tiers.
// TLS only; the connection string goes into Key Vault, never into an output or an app setting in clear.

@description('Azure region.')
param location string

@description('Cluster name (globally unique; part of the host name <name>.<region>.redis.azure.net).')
param name string

@description('Azure Managed Redis SKU, e.g. Balanced_B0 (the smallest), Balanced_B1, MemoryOptimized_M10.')
param skuName string

@description('Name of the Key Vault (same resource group) that receives the connection string.')
param keyVaultName string

param tags object

resource cluster 'Microsoft.Cache/redisEnterprise@2025-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
  }
  properties: {
    minimumTlsVersion: '1.2'
    // A replica that takes over when a node fails or is patched: the bot's state is not a cache it can rebuild.
    highAvailability: 'Enabled'
    // The App Service app reaches it without a virtual network; TLS and the access key guard it.
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.Cache/redisEnterprise/databases@2025-07-01' = {
  parent: cluster
  // The only name a cluster's database can have.
  name: 'default'
  properties: {
    clientProtocol: 'Encrypted'
    port: 10000
    // One endpoint for the client (the proxy routes); the bot keeps every key in one hash slot ({prefix}:…) anyway.
    clusteringPolicy: 'EnterpriseCluster'
    // Links, meetings and queued work are state, not cache: a full database must refuse writes (the bot answers 503)
    // rather than silently evict a de-duplication claim or a queued command.
    evictionPolicy: 'NoEviction'
    // Acknowledged work and links survive a restart of both nodes (at most about a second lost).
    persistence: {
      aofEnabled: true
      aofFrequency: '1s'
    }
    // The app connects with a StackExchange.Redis connection string (host:port,password=…): access keys, kept in Key
    // Vault. New databases default to Entra ID only, which would need a token-refreshing client the bot does not have.
    accessKeysAuthentication: 'Enabled'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'redis-connection-string'
  properties: {
    // StackExchange.Redis format; abortConnect=False lets the bot start while Redis is still coming up.
    value: '${cluster.properties.hostName}:${database.properties.port},password=${database.listKeys().primaryKey},ssl=True,abortConnect=False'
    contentType: 'text/plain'
  }
}

output hostName string = cluster.properties.hostName
output connectionStringSecretUri string = connectionStringSecret.properties.secretUri
