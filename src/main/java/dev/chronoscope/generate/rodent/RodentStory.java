package dev.chronoscope.generate.rodent;

import static dev.chronoscope.ingest.rodent.proto.EventLevel.EVENT_LEVEL_CRITICAL;
import static dev.chronoscope.ingest.rodent.proto.EventLevel.EVENT_LEVEL_DEBUG;
import static dev.chronoscope.ingest.rodent.proto.EventLevel.EVENT_LEVEL_ERROR;
import static dev.chronoscope.ingest.rodent.proto.EventLevel.EVENT_LEVEL_INFO;
import static dev.chronoscope.ingest.rodent.proto.EventLevel.EVENT_LEVEL_WARN;

import dev.chronoscope.ingest.rodent.proto.DataTransferTransferPayload.Operation;
import dev.chronoscope.ingest.rodent.proto.Event;
import dev.chronoscope.ingest.rodent.proto.NetworkConnectionPayload;
import dev.chronoscope.ingest.rodent.proto.SecurityAuthPayload;
import dev.chronoscope.ingest.rodent.proto.ServiceStatusPayload;
import dev.chronoscope.ingest.rodent.proto.StorageDatasetPayload;
import dev.chronoscope.ingest.rodent.proto.StorageDiskPayload;
import dev.chronoscope.ingest.rodent.proto.StoragePoolPayload;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The story the {@code rodent} scenario tells, one event at a time. Milestones sit at fixed
 * fractions of the log: startup (services, disks, pool {@code tank}, datasets); a transfer that
 * starts, fails, resumes (caused by the failure) and completes; a second pool; disk {@code sdc}
 * whose health goes WARNING → DEGRADED → quarantined and replaced by {@code sdg} with a resilver
 * scrub; {@code smbd} failing and being restarted; a dataset destroyed. Between milestones:
 * health checks, connections, disk probes (a payload of unknown schema), auto-snapshots with
 * retention, transfer progress and user sessions. Deterministic for a seed.
 */
final class RodentStory {
    private static final List<String> SERVICES = List.of("smbd", "nfsd", "sshd", "zed", "rodent-sync");
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
    private static final String TRANSFER = "xfer-0001";
    private static final long TRANSFER_BYTES = 536_870_912_000L;

    private final long total;
    private final Random random;
    private final RodentEventFactory make;
    private final ArrayDeque<Event> pending = new ArrayDeque<>();
    private final Map<String, Integer> pids = new LinkedHashMap<>();
    private final Map<String, List<String>> snapshots = new LinkedHashMap<>();
    private final Map<String, String> sessions = new LinkedHashMap<>();
    private final double[] milestoneAt = {0.0, 0.05, 0.15, 0.25, 0.30, 0.40, 0.50, 0.55, 0.60, 0.65, 0.70, 0.80, 0.85, 0.90};
    private int nextMilestone;
    private long emitted;
    private boolean transferActive;
    private long transferredBytes;
    private String lastFailure;
    private int snapshotCounter;
    private int sessionCounter;

    RodentStory(long total, long seed) {
        this.total = total;
        this.random = new Random(seed);
        this.make = new RodentEventFactory(random, 1_772_352_000_000L + Math.floorMod(seed, 86_400L) * 1000L);
    }

    /** The next event, or null once the requested number has been written. */
    Event next() {
        if (emitted >= total) return null;
        while (pending.isEmpty()) {
            if (nextMilestone < milestoneAt.length && emitted >= milestoneAt[nextMilestone] * total) {
                milestone(nextMilestone++);
            } else {
                filler();
            }
        }
        emitted++;
        return pending.poll();
    }

    private String emit(Event e) {
        pending.add(e);
        return e.getEventId();
    }

    private void milestone(int n) {
        switch (n) {
            case 0 -> startup();
            case 1 -> createDataset("tank/vm", "tank");
            case 2 -> {
                transferActive = true;
                emit(make.transfer(EVENT_LEVEL_INFO, TRANSFER, Operation.DATA_TRANSFER_TRANSFER_OPERATION_STARTED,
                        "{\"destination\":\"s3://offsite/tank-home\",\"total_bytes\":" + TRANSFER_BYTES + ",\"bytes_done\":0}", null));
            }
            case 3 -> {
                emit(make.pool("backup", List.of("sdd", "sde"), "mirror", 8_000_000_000_000L, 0, StoragePoolPayload.Operation.STORAGE_POOL_OPERATION_CREATED));
                for (String d : List.of("sdd", "sde")) {
                    emit(make.disk(EVENT_LEVEL_INFO, RodentEventFactory.diskBase(d, "backup", "OK", 34, 1200), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_ADDED_TO_POOL, null));
                }
                createDataset("backup/archive", "backup");
            }
            case 4 -> lastFailure = emit(make.disk(EVENT_LEVEL_WARN, RodentEventFactory.diskBase("sdc", "tank", "WARNING", 52, 31_000)
                    .setHealthReason("reallocated sector count rising (24)"), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_HEALTH_CHANGED, null));
            case 5 -> {
                String failed = emit(make.service(EVENT_LEVEL_ERROR, "smbd", ServiceStatusPayload.Operation.SERVICE_STATUS_OPERATION_FAILED, "failed", 0, 0, null));
                int pid = 20_000 + random.nextInt(10_000);
                pids.put("smbd", pid);
                emit(make.service(EVENT_LEVEL_WARN, "smbd", ServiceStatusPayload.Operation.SERVICE_STATUS_OPERATION_RESTARTED, "running", pid, 0, failed));
            }
            case 6 -> {
                transferActive = false;
                lastFailure = emit(make.transfer(EVENT_LEVEL_ERROR, TRANSFER, Operation.DATA_TRANSFER_TRANSFER_OPERATION_FAILED,
                        "{\"error\":\"connection reset by peer\",\"bytes_done\":" + transferredBytes + "}", null));
            }
            case 7 -> {
                transferActive = true;
                emit(make.transfer(EVENT_LEVEL_INFO, TRANSFER, Operation.DATA_TRANSFER_TRANSFER_OPERATION_RESUMED, "{\"bytes_done\":" + transferredBytes + "}", lastFailure));
            }
            case 8 -> lastFailure = emit(make.disk(EVENT_LEVEL_ERROR, RodentEventFactory.diskBase("sdc", "tank", "DEGRADED", 61, 31_400)
                    .setHealthReason("pending sectors 112, read errors"), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_HEALTH_CHANGED, null));
            case 9 -> {
                String q = emit(make.disk(EVENT_LEVEL_CRITICAL, RodentEventFactory.diskBase("sdc", "tank", "FAILED", 63, 31_450)
                        .setState("FAULTED"), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_QUARANTINED, lastFailure));
                emit(make.disk(EVENT_LEVEL_WARN, RodentEventFactory.diskBase("sdc", "", "FAILED", 63, 31_450).setState("FAULTED"),
                        StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_REMOVED_FROM_POOL, q));
            }
            case 10 -> {
                emit(make.disk(EVENT_LEVEL_INFO, RodentEventFactory.diskBase("sdg", "", "OK", 30, 3), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_DISCOVERED, null));
                emit(make.disk(EVENT_LEVEL_INFO, RodentEventFactory.diskBase("sdg", "tank", "OK", 30, 3), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_ADDED_TO_POOL, null));
                emit(make.pool("tank", List.of("sda", "sdb", "sdg"), "raidz1", 16_000_000_000_000L, 2_100_000_000_000L, StoragePoolPayload.Operation.STORAGE_POOL_OPERATION_SCRUB_STARTED));
            }
            case 11 -> {
                transferActive = false;
                emit(make.transfer(EVENT_LEVEL_INFO, TRANSFER, Operation.DATA_TRANSFER_TRANSFER_OPERATION_COMPLETED, "{\"bytes_done\":" + TRANSFER_BYTES + "}", null));
            }
            case 12 -> emit(make.pool("tank", List.of("sda", "sdb", "sdg"), "raidz1", 16_000_000_000_000L, 2_100_000_000_000L, StoragePoolPayload.Operation.STORAGE_POOL_OPERATION_SCRUB_COMPLETED));
            default -> destroyDataset("tank/vm");
        }
    }

    private void startup() {
        emit(make.startup(SERVICES));
        for (String s : SERVICES) {
            int pid = 1000 + random.nextInt(9000);
            pids.put(s, pid);
            emit(make.service(EVENT_LEVEL_INFO, s, ServiceStatusPayload.Operation.SERVICE_STATUS_OPERATION_STARTED, "running", pid, 0, null));
        }
        for (String d : List.of("sda", "sdb", "sdc", "sdd", "sde")) {
            emit(make.disk(EVENT_LEVEL_INFO, RodentEventFactory.diskBase(d, "", "OK", 33 + random.nextInt(5), 30_000), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_DISCOVERED, null));
        }
        emit(make.pool("tank", List.of("sda", "sdb", "sdc"), "raidz1", 16_000_000_000_000L, 1_900_000_000_000L, StoragePoolPayload.Operation.STORAGE_POOL_OPERATION_CREATED));
        for (String d : List.of("sda", "sdb", "sdc")) {
            emit(make.disk(EVENT_LEVEL_INFO, RodentEventFactory.diskBase(d, "tank", "OK", 35, 30_000), StorageDiskPayload.Operation.STORAGE_DISK_OPERATION_ADDED_TO_POOL, null));
        }
        createDataset("tank/home", "tank");
        createDataset("tank/media", "tank");
    }

    private void createDataset(String name, String pool) {
        String mountpoint = "/mnt/" + name;
        emit(make.dataset(name, pool, mountpoint, 0, StorageDatasetPayload.Operation.STORAGE_DATASET_OPERATION_CREATED));
        emit(make.dataset(name, pool, mountpoint, 0, StorageDatasetPayload.Operation.STORAGE_DATASET_OPERATION_MOUNTED));
        snapshots.put(name, new ArrayList<>());
    }

    private void destroyDataset(String name) {
        List<String> snaps = snapshots.remove(name);
        if (snaps == null) return;
        for (String s : snaps) emit(make.snapshot(s, name, 0, dev.chronoscope.ingest.rodent.proto.StorageSnapshotPayload.Operation.STORAGE_SNAPSHOT_OPERATION_DELETED));
        String pool = name.substring(0, name.indexOf('/'));
        emit(make.dataset(name, pool, "/mnt/" + name, 0, StorageDatasetPayload.Operation.STORAGE_DATASET_OPERATION_UNMOUNTED));
        emit(make.dataset(name, pool, "", 0, StorageDatasetPayload.Operation.STORAGE_DATASET_OPERATION_DELETED));
    }

    private void filler() {
        int roll = random.nextInt(1000);
        if (roll < 300) {
            String s = SERVICES.get(random.nextInt(SERVICES.size()));
            emit(make.service(EVENT_LEVEL_DEBUG, s, ServiceStatusPayload.Operation.SERVICE_STATUS_OPERATION_HEALTH_CHECK, "running", pids.get(s),
                    emitted / 10, null));
        } else if (roll < 550) {
            NetworkConnectionPayload.Operation op = random.nextInt(10) == 0 ? NetworkConnectionPayload.Operation.NETWORK_CONNECTION_OPERATION_TIMEOUT
                    : random.nextBoolean() ? NetworkConnectionPayload.Operation.NETWORK_CONNECTION_OPERATION_ESTABLISHED : NetworkConnectionPayload.Operation.NETWORK_CONNECTION_OPERATION_CLOSED;
            emit(make.connection("10.0.0." + (2 + random.nextInt(40)), "10.0.0.1", random.nextBoolean() ? 445 : 2049, op));
        } else if (roll < 800) {
            emit(make.diskProbe(List.of("sda", "sdb", "sdd", "sde").get(random.nextInt(4)), 30 + random.nextInt(10)));
        } else if (roll < 870) {
            snapshot();
        } else if (roll < 930 && transferActive) {
            // about 4% of filler steps while a transfer runs are progress reports: spread the total over them
            long step = TRANSFER_BYTES / Math.max(1, total / 25);
            transferredBytes = Math.min(TRANSFER_BYTES - 1, transferredBytes + step / 2 + (long) (random.nextDouble() * step));
            emit(make.transfer(EVENT_LEVEL_INFO, TRANSFER, Operation.DATA_TRANSFER_TRANSFER_OPERATION_PROGRESS, "{\"bytes_done\":" + transferredBytes + "}", null));
        } else {
            session();
        }
    }

    private void snapshot() {
        List<String> datasets = new ArrayList<>(snapshots.keySet());
        String dataset = datasets.get(random.nextInt(datasets.size()));
        List<String> snaps = snapshots.get(dataset);
        String name = dataset + "@auto-" + String.format("%05d", ++snapshotCounter);
        emit(make.snapshot(name, dataset, 1_000_000L * random.nextInt(5000),
                dev.chronoscope.ingest.rodent.proto.StorageSnapshotPayload.Operation.STORAGE_SNAPSHOT_OPERATION_CREATED));
        snaps.add(name);
        if (snaps.size() > 4) {
            emit(make.snapshot(snaps.remove(0), dataset, 0, dev.chronoscope.ingest.rodent.proto.StorageSnapshotPayload.Operation.STORAGE_SNAPSHOT_OPERATION_DELETED));
        }
    }

    private void session() {
        String ip = "192.168.1." + (10 + random.nextInt(50));
        if (sessions.size() < 3 && random.nextBoolean()) {
            String user = USERS.get(random.nextInt(USERS.size()));
            if (random.nextInt(5) == 0) {
                emit(make.auth(EVENT_LEVEL_WARN, user, ip, SecurityAuthPayload.Operation.SECURITY_AUTH_OPERATION_LOGIN_FAILED, null));
                return;
            }
            String session = "sess-" + (++sessionCounter);
            sessions.put(session, user);
            emit(make.auth(EVENT_LEVEL_INFO, user, ip, SecurityAuthPayload.Operation.SECURITY_AUTH_OPERATION_LOGIN_SUCCESS, session));
        } else if (!sessions.isEmpty()) {
            String session = sessions.keySet().iterator().next();
            String user = sessions.remove(session);
            SecurityAuthPayload.Operation op = random.nextInt(4) == 0
                    ? SecurityAuthPayload.Operation.SECURITY_AUTH_OPERATION_SESSION_EXPIRED : SecurityAuthPayload.Operation.SECURITY_AUTH_OPERATION_LOGOUT;
            emit(make.auth(EVENT_LEVEL_INFO, user, ip, op, session));
        } else {
            emit(make.connection(ip, "10.0.0.1", 22, NetworkConnectionPayload.Operation.NETWORK_CONNECTION_OPERATION_ESTABLISHED));
        }
    }
}
