// The notice lives with the device stores, its words in the `ui` messages.
export { StorageNotice } from '@/components/device/storage-notice';
