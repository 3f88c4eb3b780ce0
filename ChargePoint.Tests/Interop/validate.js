#!/usr/bin/env node
// Validates OCPP 1.6 payloads against the official JSON schemas shipped with ocpp-rpc.
// stdin: JSON lines {"id":"any","action":"BootNotification","kind":"req"|"conf","payload":{...}}
// stdout: one JSON line per input: {"id":..,"ok":true} or {"id":..,"ok":false,"code":..,"message":..}
'use strict';
const { createValidator } = require('ocpp-rpc');
const readline = require('readline');

const validator = createValidator('ocpp1.6', require('ocpp-rpc/lib/schemas/ocpp1_6.json'));
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
    if (!line.trim()) return;
    let item;
    try {
        item = JSON.parse(line);
    } catch (e) {
        process.stdout.write(JSON.stringify({ ok: false, code: 'NotJson', message: String(e.message) }) + '\n');
        return;
    }
    try {
        validator.validate('urn:' + item.action + '.' + item.kind, item.payload);
        process.stdout.write(JSON.stringify({ id: item.id, ok: true }) + '\n');
    } catch (e) {
        process.stdout.write(JSON.stringify({ id: item.id, ok: false, code: e.rpcErrorCode || e.name, message: e.message }) + '\n');
    }
});
