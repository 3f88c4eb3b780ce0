// Empty: the SecurityEventNotification types are constants of SecurityService now (a class of its own cost the image a
// type row and a name). This file stays only because the device projects list it; eng/sync-nfproj.sh drops it once
// the file is deleted.
