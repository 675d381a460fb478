export { GraphEmulator, type EmulatorOptions, type SitePermission, type Fault, type HeldReply, type RecordedRequest } from './server';
export { EmulatorStore, etagOf, type EmulatedList, type EmulatedItem, type EmulatedColumn } from './store';
export { EmulatedDirectory, type DirectoryUser, type SiteUser } from './people';
