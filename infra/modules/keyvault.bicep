// Key Vault for the bot's two secrets. Access is by Azure RBAC only: the web app's
// system-assigned identity gets "Key Vault Secrets User" (read secret values) and nothing more.

@description('Name of the vault (3-24 characters, globally unique).')
param name string

param location string

@description('Object id of the web app\'s system-assigned managed identity.')
param readerPrincipalId string

@secure()
@description('CLIENT_SECRET of the bot\'s Entra app registration. Empty: set the secret in the vault by hand.')
param clientSecret string = ''

@secure()
@description('REMINDER_TRIGGER_SECRET for POST /api/reminders/run. Empty: set the secret in the vault by hand.')
param reminderTriggerSecret string = ''

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// Secrets are only written when a value is given, so a redeploy without them keeps what an
// administrator set or rotated in the vault.
resource clientSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(clientSecret)) {
  parent: vault
  name: 'client-secret'
  properties: { value: clientSecret, contentType: 'Entra app client secret (CLIENT_SECRET)' }
}

resource triggerSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(reminderTriggerSecret)) {
  parent: vault
  name: 'reminder-trigger-secret'
  properties: { value: reminderTriggerSecret, contentType: 'REMINDER_TRIGGER_SECRET' }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// App settings reference secrets without a version, so a rotated secret is picked up without a redeploy.
output clientSecretReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=client-secret)'
output reminderTriggerSecretReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=reminder-trigger-secret)'
