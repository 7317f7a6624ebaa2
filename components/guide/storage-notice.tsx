// The notice lives with the device stores, its words in the `share` messages.
export { StorageNotice } from '@/components/device/storage-notice';
