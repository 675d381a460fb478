export { createGraphClient, graphOptionsFromEnv, GraphConfigError, DEFAULT_GRAPH_BASE_URL, type GraphClientOptions, type GraphConnection } from './graph-client';
export { SharePointMeasureRepository, type SharePointRepositoryOptions } from './sharepoint-repository';
export { provisionSharePoint, ProvisionError, type ProvisionOptions, type ProvisionReport } from './provision';
export { retryPolicy, type RetryPolicy } from './retry';
export { MEASURES_LIST, STATUS_LOG_LIST } from './columns';
