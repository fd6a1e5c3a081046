// The settings record: read with defaults, partial updates, the UTM parameters of a channel.
export { readSettings, updateSettings, utmFor, type SettingsChange } from './service';
