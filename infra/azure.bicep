// Planassistenten in one municipality's Azure subscription: a Linux App Service (Node 24 LTS) on two
// instances, its state in Azure Table Storage reached with the app's managed identity (no
// storage keys anywhere), a Key Vault for the secrets, and a single-tenant Azure Bot with the
// Teams channel. Deploy with the Agents Toolkit (m365agents.yml) or with
// `az deployment group create` (docs/install.md).

@maxLength(20)
@minLength(4)
@description('Prefix for every resource name, e.g. "planassistent-dev".')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU. B1 is enough for one municipality; Always On needs Basic or higher.')
param webAppSku string = 'B1'

@minValue(1)
@maxValue(10)
@description('App Service instances. Two keep the bot answering while one restarts; all share the state in Table Storage.')
param instanceCount int = 2

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS'])
@description('Redundancy of the storage account that holds the state. ZRS survives the loss of one zone where the region has zones.')
param storageSku string = 'Standard_LRS'

@maxLength(40)
@description('AZURE_STORAGE_TABLE_PREFIX: prefix of the table names, letters and digits.')
param stateTablePrefix string = 'planassistent'

@description('CLIENT_ID: application (client) id of the bot\'s single-tenant Entra app registration.')
param botAadAppClientId string

@description('TENANT_ID: the municipality\'s Entra tenant.')
param botTenantId string = tenant().tenantId

@maxLength(42)
param botDisplayName string = 'Planassistenten'

@secure()
@description('CLIENT_SECRET; stored in Key Vault, never in app settings. Empty keeps the vault\'s value.')
param botAadAppClientSecret string = ''

@secure()
@description('REMINDER_TRIGGER_SECRET; stored in Key Vault. Empty keeps the vault\'s value.')
param reminderTriggerSecret string = ''

@description('Teams app package placeholders, kept as app settings so the running app and the package agree.')
param teamsAppId string = ''
param appNameSuffix string = ''
param municipalityName string
param municipalityWebsite string

@description('ALLOWED_TENANTS, comma-separated; default the bot\'s own tenant.')
param allowedTenants string = botTenantId
@description('COORDINATORS: Entra object ids who may approve, comma-separated.')
param coordinators string = ''
@description('COORDINATORS_GROUP_ID: Entra group whose members are coordinators (docs/plan.md).')
param coordinatorsGroupId string = ''
@description('PLAN_POLL_SECONDS: how often the plan is re-read, 1-300.')
param planPollSeconds string = '120'
param logLevel string = 'info'
param knowledgeDir string = 'data/eksempel-kommune'
param planFile string = 'data/eksempel-kommune/plan.yaml'
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'
param sharepointSiteId string = ''
param sharepointMeasuresList string = 'Tiltak'
@allowed(['local', 'sharepoint'])
param knowledgeSource string = 'local'
param sharepointDriveId string = ''
param sharepointKnowledgeFolder string = ''
param knowledgeSyncCron string = '0 */2 * * *'

// The bot listens here; App Service forwards HTTPS traffic to it (WEBSITES_PORT).
var port = '3978'
// Local to each instance and not shared: only the knowledge cache (SQLite) lives here, and it is
// rebuilt from SharePoint after a restart. State is in Table Storage, never on the /home share.
var dataDir = '/tmp/planassistent'
var keyVaultName = take('kv-${uniqueString(resourceGroup().id, resourceBaseName)}', 24)
var storageAccountName = take('st${uniqueString(resourceGroup().id, resourceBaseName)}', 24)
// The tables of src/storage/tables.ts (TABLES), each with the prefix.
var stateTables = ['Conversations', 'Subscriptions', 'ReminderDeliveries', 'ReminderDone', 'Instances', 'Decisions', 'ApprovalMessages', 'Feedback', 'Measures', 'ProblemCards', 'Once', 'Unanswered']
// Built-in role "Storage Table Data Contributor": read and write entities, nothing else.
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Any instance can serve any request: state is shared, so no sticky sessions.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      alwaysOn: true
      healthCheckPath: '/readyz'
      appCommandLine: 'npm run start:bot'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// State for every instance: Table Storage with shared keys switched off, so the only way in is
// Entra ID (the web app's managed identity).
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: storageSku }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for t in stateTables: {
  parent: tableService
  name: '${stateTablePrefix}${t}'
}]

resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, webApp.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    readerPrincipalId: webApp.identity.principalId
    clientSecret: botAadAppClientSecret
    reminderTriggerSecret: reminderTriggerSecret
  }
}

// Set after the vault grants read access, so the Key Vault references resolve on first start.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  // The tables and the role exist before the app is told to use them.
  dependsOn: [tables, tableRole]
  properties: {
    NODE_ENV: 'production'
    WEBSITES_PORT: port
    WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    // The bot runs through tsx, a devDependency; NODE_ENV=production would make the build skip it.
    NPM_CONFIG_INCLUDE: 'dev'
    TEAMS_APP_ID: teamsAppId
    BOT_ID: botAadAppClientId
    BOT_DOMAIN: webApp.properties.defaultHostName
    APP_NAME_SUFFIX: appNameSuffix
    MUNICIPALITY_NAME: municipalityName
    MUNICIPALITY_WEBSITE: municipalityWebsite
    CLIENT_ID: botAadAppClientId
    CLIENT_SECRET: vault.outputs.clientSecretReference
    TENANT_ID: botTenantId
    ALLOWED_TENANTS: allowedTenants
    COORDINATORS: coordinators
    COORDINATORS_GROUP_ID: coordinatorsGroupId
    PLAN_POLL_SECONDS: planPollSeconds
    PORT: port
    LOG_LEVEL: logLevel
    KNOWLEDGE_DIR: knowledgeDir
    PLAN_FILE: planFile
    DATA_DIR: dataDir
    STATE_STORE: 'azure-tables'
    // The endpoint only: the managed identity signs in, and the account accepts no keys.
    AZURE_STORAGE_ACCOUNT_URL: storage.properties.primaryEndpoints.table
    AZURE_STORAGE_TABLE_PREFIX: stateTablePrefix
    GRAPH_BASE_URL: graphBaseUrl
    SHAREPOINT_SITE_ID: sharepointSiteId
    SHAREPOINT_MEASURES_LIST: sharepointMeasuresList
    REMINDER_TRIGGER_SECRET: vault.outputs.reminderTriggerSecretReference
    KNOWLEDGE_SOURCE: knowledgeSource
    SHAREPOINT_DRIVE_ID: sharepointDriveId
    SHAREPOINT_KNOWLEDGE_FOLDER: sharepointKnowledgeFolder
    KNOWLEDGE_SYNC_CRON: knowledgeSyncCron
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Written back to env/.env.<env> by the Agents Toolkit's arm/deploy.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output KEY_VAULT_NAME string = vault.outputs.name
output STORAGE_ACCOUNT_NAME string = storage.name
