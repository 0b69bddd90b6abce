// Shape of `azd infra synth` for this AppHost (azd's Aspire templates), edited: the replica bounds are parameters
// (AppHost parameters worker-min-replicas ... api-max-replicas, see OcrAsync.AppHost/ScaleParameters.cs) that the
// container-app templates in OcrAsync.AppHost/infra read; the scale rules themselves are in those templates.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the environment that can be used as part of naming resource convention, the name of the resource group for your application will use this name, prefixed with rg-')
param environmentName string

@minLength(1)
@description('The location used for all deployed resources')
param location string

@description('Id of the user or app to assign application roles')
param principalId string = ''

@description('Fewest worker replicas: 0 lets the worker scale to zero when every stream is drained (Redis 7+, lagCount).')
param worker_min_replicas string = '0'

@description('Most worker replicas the stream backlog can start.')
param worker_max_replicas string = '10'

@description('Fewest API replicas: at least 1, the API accepts uploads and runs the scheduled upkeep.')
param api_min_replicas string = '1'

@description('Most API replicas HTTP concurrency can start.')
param api_max_replicas string = '5'

@description('Where uploads are kept: Postgres (default, nothing more to deploy) or Blob (an Azure storage account, created here).')
@allowed([
  'Postgres'
  'Blob'
])
param storageProvider string = 'Postgres'

var tags = {
  'azd-env-name': environmentName
}

resource rg 'Microsoft.Resources/resourceGroups@2022-09-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  scope: rg
  name: 'resources'
  params: {
    location: location
    tags: tags
    principalId: principalId
  }
}

module storage 'storage.bicep' = if (storageProvider == 'Blob') {
  scope: rg
  name: 'storage'
  params: {
    location: location
    tags: tags
  }
}

output MANAGED_IDENTITY_CLIENT_ID string = resources.outputs.MANAGED_IDENTITY_CLIENT_ID
output MANAGED_IDENTITY_NAME string = resources.outputs.MANAGED_IDENTITY_NAME
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = resources.outputs.AZURE_LOG_ANALYTICS_WORKSPACE_NAME
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = resources.outputs.AZURE_CONTAINER_REGISTRY_ENDPOINT
output AZURE_CONTAINER_REGISTRY_MANAGED_IDENTITY_ID string = resources.outputs.AZURE_CONTAINER_REGISTRY_MANAGED_IDENTITY_ID
output AZURE_CONTAINER_APPS_ENVIRONMENT_NAME string = resources.outputs.AZURE_CONTAINER_APPS_ENVIRONMENT_NAME
output AZURE_CONTAINER_APPS_ENVIRONMENT_ID string = resources.outputs.AZURE_CONTAINER_APPS_ENVIRONMENT_ID
output AZURE_CONTAINER_APPS_ENVIRONMENT_DEFAULT_DOMAIN string = resources.outputs.AZURE_CONTAINER_APPS_ENVIRONMENT_DEFAULT_DOMAIN
output WORKER_MIN_REPLICAS string = worker_min_replicas
output WORKER_MAX_REPLICAS string = worker_max_replicas
output API_MIN_REPLICAS string = api_min_replicas
output API_MAX_REPLICAS string = api_max_replicas
output STORAGE_PROVIDER string = storageProvider
// Read by the container-app templates only when STORAGE_PROVIDER is Blob (secret connectionstrings--blobs).
#disable-next-line outputs-should-not-contain-secrets
output BLOBS_CONNECTION_STRING string = storageProvider == 'Blob' ? storage!.outputs.connectionString : ''
