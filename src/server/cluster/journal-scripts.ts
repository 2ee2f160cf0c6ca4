/**
 * The Redis journal's writes, each one Lua script so it is atomic and fenced: it writes only while the
 * writing process still holds the lease (a process that lost its lease, paused or cut off, can never
 * append behind the back of the process that took the room over). An error reply starting with LEASE
 * means the lease was lost.
 */

/**
 * A new room (no process owns it yet: the first that needs it takes it). KEYS: host lease, room record,
 * code, control token, tokens set, meta hash. ARGV: owner, record JSON, expiry (ms since epoch), room id,
 * then meta key/value pairs.
 */
export const CREATE_ROOM = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return redis.error_reply('LEASE host lease lost') end
if not redis.call('SET', KEYS[3], ARGV[4], 'NX', 'PXAT', ARGV[3]) then
  return redis.error_reply('CODE room code already taken')
end
redis.call('SET', KEYS[2], ARGV[2], 'PXAT', ARGV[3])
redis.call('SET', KEYS[4], ARGV[4], 'PXAT', ARGV[3])
redis.call('SADD', KEYS[5], KEYS[4])
redis.call('PEXPIREAT', KEYS[5], ARGV[3])
for i = 5, #ARGV, 2 do redis.call('HSET', KEYS[6], ARGV[i], ARGV[i + 1]) end
return 1`;

/**
 * One journal entry. KEYS: room lease, journal, and for a join the new token's key and the tokens set.
 * ARGV: owner, entry JSON, expiry (ms since epoch), room id. Answers the journal's new length.
 */
export const APPEND = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return redis.error_reply('LEASE room lease lost') end
local n = redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('PEXPIREAT', KEYS[2], ARGV[3])
if #KEYS > 2 then
  redis.call('SET', KEYS[3], ARGV[4], 'PXAT', ARGV[3])
  redis.call('SADD', KEYS[4], KEYS[3])
end
return n`;

/** A room and all its keys. KEYS: room lease, journal, record, code, tokens set. ARGV: owner. */
export const DELETE_ROOM = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return redis.error_reply('LEASE room lease lost') end
for _, key in ipairs(redis.call('SMEMBERS', KEYS[5])) do redis.call('DEL', key) end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[1])
return 1`;

/** Renews the leases this process holds. KEYS: leases. ARGV: owner, lease ms. Answers the lost ones' indexes (1-based). */
export const RENEW_LEASES = `
local lost = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then redis.call('PEXPIRE', key, ARGV[2]) else lost[#lost + 1] = i end
end
return lost`;

/** Gives leases up on a clean stop, so other processes take the rooms at once. KEYS: leases. ARGV: owner. */
export const RELEASE_LEASES = `
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then redis.call('DEL', key) end
end
return 1`;
