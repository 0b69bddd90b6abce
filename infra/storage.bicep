// The uploads' storage account, deployed only with storageProvider 'Blob' (see main.bicep): one private container
// `uploads` that the API writes and the worker reads (Storage:Container defaults to it). Its connection string goes to
// both container apps as the secret connectionstrings--blobs (OcrAsync.AppHost/infra/*.tmpl.yaml).
@description('The location used for all deployed resources')
param location string = resourceGroup().location

@description('Tags that will be applied to all resources')
param tags object = {}

var resourceToken = uniqueString(resourceGroup().id)

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${resourceToken}'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
  tags: tags

  resource blobService 'blobServices' = {
    name: 'default'

    resource uploads 'containers' = {
      name: 'uploads'
      properties: {
        publicAccess: 'None'
      }
    }
  }
}

// azd keeps deployment outputs in the environment's .env (on the deployer's machine only) and the templates put this
// one into a container-app secret, the way the Redis and Postgres passwords reach the apps.
#disable-next-line outputs-should-not-contain-secrets
output connectionString string = 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
output name string = storageAccount.name
