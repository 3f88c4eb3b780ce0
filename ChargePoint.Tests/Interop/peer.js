#!/usr/bin/env node
// An independent OCPP 1.6J Central System for end-to-end tests, built on ocpp-rpc in strict mode:
// every frame in both directions is validated against the official OCPP 1.6 JSON schemas.
//
// It is driven over stdio with JSON lines, so tests in any language can script it:
//   stdout events: {"event":"listening","port":N} | {"event":"connected","identity":..} | {"event":"disconnected",..}
//                  {"event":"call","action":..,"params":..,"messageId":..}       (CP -> CS call, after validation)
//                  {"event":"result","ref":..,"result":..} | {"event":"error","ref":..,"code":..,"message":..}
//                  {"event":"violation","outbound":..,"isCall":..,"action":..,"message":..}
//                  {"event":"badMessage","message":..,"response":..} | {"event":"authRejected",..}
//   stdin commands: {"cmd":"call","ref":1,"action":"Reset","params":{"type":"Soft"}}
//                   {"cmd":"respond","action":"BootNotification","result":{...}}   (next replies to that action; "once":true for one)
//                   {"cmd":"raw","data":"<text sent as-is>"}
//                   {"cmd":"close","code":1000} | {"cmd":"refuse","ms":5000} | {"cmd":"quit"}
//                   {"cmd":"serve","path":"/fw/a.bundle","file":"/abs/path","cutAfter":N}  (file server; cutAfter: the
//                   response announces the full Content-Length, sends N bytes and drops the connection)
// A plain HTTP file server runs beside it ({"event":"files","port":N}): GET serves what "serve" registered, PUT
// stores nothing and reports {"event":"upload","path":..,"bytes":N,"sha256":..,"text":..} (text: the body as UTF-8).
'use strict';

const { RPCServer, createRPCError } = require('ocpp-rpc');
const readline = require('readline');
const http = require('http');
const fs = require('fs');
const crypto = require('crypto');

const args = parseArgs(process.argv.slice(2));
const password = args.password;          // when set, HTTP Basic auth is required
const bootInterval = Number(args.interval || 300);
let refuseUntil = 0;
let client = null;
let nextTransactionId = 1;
const overrides = {};                    // action -> { result, once }
const served = {};                       // path -> { file, cutAfter }

function emit(obj) {
    process.stdout.write(JSON.stringify(obj) + '\n');
}

function parseArgs(list) {
    const out = {};
    for (let i = 0; i < list.length; i++) {
        if (list[i].startsWith('--')) {
            out[list[i].slice(2)] = list[i + 1];
            i++;
        }
    }
    return out;
}

function defaultResult(action, params) {
    const now = new Date().toISOString();
    switch (action) {
        case 'BootNotification': return { status: 'Accepted', currentTime: now, interval: bootInterval };
        case 'Heartbeat': return { currentTime: now };
        case 'StatusNotification': return {};
        case 'Authorize': return { idTagInfo: { status: params.idTag.startsWith('INVALID') ? 'Invalid' : 'Accepted' } };
        case 'StartTransaction':
            return {
                transactionId: nextTransactionId++,
                idTagInfo: { status: params.idTag.startsWith('INVALID') ? 'Invalid' : 'Accepted' },
            };
        case 'StopTransaction': return {};
        case 'MeterValues': return {};
        case 'DataTransfer': return { status: 'Accepted', data: 'pong' };
        case 'DiagnosticsStatusNotification': return {};
        case 'FirmwareStatusNotification': return {};
        case 'SecurityEventNotification': return {};
        case 'LogStatusNotification': return {};
        case 'SignedFirmwareStatusNotification': return {};
        case 'SignCertificate': return { status: 'Accepted' };
        default: return undefined;
    }
}

const server = new RPCServer({
    protocols: ['ocpp1.6'],
    strictMode: true,
    callTimeoutMs: 30000,
    pingIntervalMs: 60000,
});

server.auth((accept, reject, handshake) => {
    if (Date.now() < refuseUntil) {
        emit({ event: 'authRejected', identity: handshake.identity, reason: 'refusing' });
        reject(503);
        return;
    }
    if (password !== undefined) {
        const given = handshake.password ? handshake.password.toString('utf8') : undefined;
        if (given !== password) {
            emit({ event: 'authRejected', identity: handshake.identity, reason: 'bad password' });
            reject(401);
            return;
        }
    }
    accept({ identity: handshake.identity });
});

server.on('client', (c) => {
    client = c;
    emit({ event: 'connected', identity: c.identity, protocol: c.protocol, endpoint: c.handshake.endpoint });

    c.on('strictValidationFailure', (e) => {
        emit({
            event: 'violation',
            outbound: e.outbound,
            isCall: e.isCall,
            action: e.method,
            messageId: e.messageId,
            message: e.error && e.error.message,
            details: e.error && e.error.details,
        });
    });
    c.on('badMessage', (e) => {
        emit({ event: 'badMessage', message: e.error && e.error.message, response: e.response, raw: e.buffer && e.buffer.toString('utf8') });
    });
    c.on('close', (e) => {
        emit({ event: 'disconnected', code: e.code, reason: e.reason && e.reason.toString() });
        if (client === c) client = null;
    });

    c.handle(({ method, params, messageId }) => {
        emit({ event: 'call', action: method, params, messageId });
        const o = overrides[method];
        if (o) {
            if (o.once) delete overrides[method];
            if (o.error) throw createRPCError(o.error, o.message || '');
            return o.result;
        }
        const result = defaultResult(method, params);
        if (result === undefined) throw createRPCError('NotImplemented', 'peer has no handler for ' + method);
        return result;
    });
});

async function handleCommand(cmd) {
    switch (cmd.cmd) {
        case 'call': {
            if (!client) {
                emit({ event: 'error', ref: cmd.ref, code: 'NotConnected', message: 'no charge point connected' });
                return;
            }
            try {
                const result = await client.call(cmd.action, cmd.params || {}, { callTimeoutMs: cmd.timeoutMs || 20000 });
                emit({ event: 'result', ref: cmd.ref, action: cmd.action, result });
            } catch (err) {
                emit({ event: 'error', ref: cmd.ref, action: cmd.action, code: err.rpcErrorCode || err.name, message: err.message, details: err.details });
            }
            return;
        }
        case 'respond':
            overrides[cmd.action] = { result: cmd.result, once: !!cmd.once, error: cmd.error, message: cmd.message };
            emit({ event: 'ack', ref: cmd.ref });
            return;
        case 'raw':
            if (client) client.sendRaw(cmd.data);
            emit({ event: 'ack', ref: cmd.ref });
            return;
        case 'close':
            if (client) await client.close({ code: cmd.code || 1000, force: !!cmd.force });
            emit({ event: 'ack', ref: cmd.ref });
            return;
        case 'refuse':
            refuseUntil = Date.now() + (cmd.ms || 0);
            emit({ event: 'ack', ref: cmd.ref });
            return;
        case 'serve':
            served[cmd.path] = { file: cmd.file, cutAfter: cmd.cutAfter };
            emit({ event: 'ack', ref: cmd.ref });
            return;
        case 'quit':
            await server.close({ force: true });
            process.exit(0);
            return;
        default:
            emit({ event: 'error', ref: cmd.ref, code: 'BadCommand', message: 'unknown command ' + cmd.cmd });
    }
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
    if (!line.trim()) return;
    let cmd;
    try {
        cmd = JSON.parse(line);
    } catch (e) {
        emit({ event: 'error', code: 'BadCommand', message: 'not JSON: ' + line });
        return;
    }
    handleCommand(cmd).catch((e) => emit({ event: 'error', ref: cmd.ref, code: 'PeerFailure', message: String(e) }));
});
rl.on('close', () => {
    server.close({ force: true }).finally(() => process.exit(0));
});

// A hard stop so a forgotten peer never outlives its test run.
setTimeout(() => process.exit(3), Number(args.lifetime || 600) * 1000).unref();

const files = http.createServer((req, res) => {
    if (req.method === 'GET') {
        const entry = served[req.url];
        if (!entry) {
            res.writeHead(404);
            res.end();
            emit({ event: 'download', path: req.url, status: 404 });
            return;
        }
        const data = fs.readFileSync(entry.file);
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': data.length });
        if (entry.cutAfter !== undefined && entry.cutAfter < data.length) {
            res.write(data.subarray(0, entry.cutAfter), () => res.destroy());
            emit({ event: 'download', path: req.url, status: 200, bytes: entry.cutAfter, cut: true });
            return;
        }
        res.end(data);
        emit({ event: 'download', path: req.url, status: 200, bytes: data.length });
        return;
    }
    if (req.method === 'PUT') {
        const parts = [];
        req.on('data', (d) => parts.push(d));
        req.on('end', () => {
            const body = Buffer.concat(parts);
            res.writeHead(201);
            res.end();
            emit({ event: 'upload', path: req.url, bytes: body.length, sha256: crypto.createHash('sha256').update(body).digest('hex'), text: body.toString('utf8') });
        });
        return;
    }
    res.writeHead(405);
    res.end();
});
files.listen(0, '127.0.0.1', () => emit({ event: 'files', port: files.address().port }));

server.listen(Number(args.port || 0), '127.0.0.1').then((httpServer) => {
    emit({ event: 'listening', port: httpServer.address().port });
});
