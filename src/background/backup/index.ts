// The whole database to a file and back, checked before anything is written; and the automatic
// encrypted backups of this device.
export { createBackup, type BackupDeps, type BackupService } from './service';
export { BACKUP_ALARM, createAutoBackup, type AutoBackup, type AutoBackupDevice, type BackupAlarm, type LocalArea } from './auto';
export { downloadFiles, type BackupFiles, type DownloadsApi } from './downloads';
export { indexedDbKeyStore, type KeyStore } from './key-store';
