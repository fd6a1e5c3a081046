// The whole database to a file and back, checked before anything is written.
export { createBackup, type BackupDeps, type BackupService } from './service';
