package dev.chronoscope.generate.rodent;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import dev.chronoscope.ingest.rodent.proto.DataTransferEvent;
import dev.chronoscope.ingest.rodent.proto.DataTransferTransferPayload;
import dev.chronoscope.ingest.rodent.proto.Event;
import dev.chronoscope.ingest.rodent.proto.EventCategory;
import dev.chronoscope.ingest.rodent.proto.EventLevel;
import dev.chronoscope.ingest.rodent.proto.NetworkConnectionPayload;
import dev.chronoscope.ingest.rodent.proto.NetworkEvent;
import dev.chronoscope.ingest.rodent.proto.OpaquePayload;
import dev.chronoscope.ingest.rodent.proto.SecurityAuthPayload;
import dev.chronoscope.ingest.rodent.proto.SecurityEvent;
import dev.chronoscope.ingest.rodent.proto.ServiceEvent;
import dev.chronoscope.ingest.rodent.proto.ServiceStatusPayload;
import dev.chronoscope.ingest.rodent.proto.StorageDatasetPayload;
import dev.chronoscope.ingest.rodent.proto.StorageDiskPayload;
import dev.chronoscope.ingest.rodent.proto.StorageEvent;
import dev.chronoscope.ingest.rodent.proto.StoragePoolPayload;
import dev.chronoscope.ingest.rodent.proto.StorageSnapshotPayload;
import dev.chronoscope.ingest.rodent.proto.SystemEvent;
import dev.chronoscope.ingest.rodent.proto.SystemStartupPayload;
import java.util.List;
import java.util.Random;

/**
 * Builds Rodent events for the generator: the envelope (id, time, level, source) plus one payload
 * each. Payloads whose schema is unknown to the reader (disk probes, usage thresholds) are written
 * as raw fields so that the generic decoding path is exercised by every sample.
 */
final class RodentEventFactory {
    private final Random random;
    private long clockMillis;

    RodentEventFactory(Random random, long startMillis) {
        this.random = random;
        this.clockMillis = startMillis;
    }

    /** An envelope with a fresh UUID7 id at a time a little after the previous event. */
    Event.Builder envelope(EventLevel level, EventCategory category, String source) {
        clockMillis += 5 + random.nextInt(120);
        return Event.newBuilder().setEventId(Uuid7.of(clockMillis, random)).setLevel(level)
                .setCategory(category).setSource(source).setTimestamp(clockMillis);
    }

    Event startup(List<String> services) {
        SystemStartupPayload p = SystemStartupPayload.newBuilder().setRodentId("rodent-7f3a").setOrganizationId("org-42")
                .setStartupTime(java.time.Instant.ofEpochMilli(clockMillis).toString()).setStartupType("cold")
                .addAllServices(services).setVersion("2.4.1").putSystemInfo("kernel", "6.1.0").putSystemInfo("cpus", "8").build();
        return envelope(EventLevel.EVENT_LEVEL_ESSENTIAL, EventCategory.EVENT_CATEGORY_SYSTEM, "rodent-agent")
                .setSystemEvent(SystemEvent.newBuilder().setStartup(p)).build();
    }

    Event service(EventLevel level, String name, ServiceStatusPayload.Operation op, String status, int pid, long uptime,
                  String causedBy) {
        ServiceStatusPayload p = ServiceStatusPayload.newBuilder().setServiceName(name).setStatus(status).setPid(pid)
                .setUptimeSeconds(uptime).setOperation(op).build();
        Event.Builder b = envelope(level, EventCategory.EVENT_CATEGORY_SERVICE, "svc-monitor")
                .setServiceEvent(ServiceEvent.newBuilder().setStatusEvent(p));
        if (causedBy != null) b.putMetadata("caused_by", causedBy);
        return b.build();
    }

    Event pool(String name, List<String> devices, String raid, long size, long used, StoragePoolPayload.Operation op) {
        StoragePoolPayload p = StoragePoolPayload.newBuilder().setPoolName(name).addAllDevices(devices).setRaidType(raid)
                .setSizeBytes(size).setUsedBytes(used).setOperation(op).build();
        return envelope(EventLevel.EVENT_LEVEL_INFO, EventCategory.EVENT_CATEGORY_STORAGE, "zfs")
                .setStorageEvent(StorageEvent.newBuilder().setPoolEvent(p)).build();
    }

    Event dataset(String name, String pool, String mountpoint, long size, StorageDatasetPayload.Operation op) {
        StorageDatasetPayload p = StorageDatasetPayload.newBuilder().setDatasetName(name).setPoolName(pool)
                .setType("filesystem").setMountpoint(mountpoint).setSizeBytes(size).setOperation(op).build();
        return envelope(EventLevel.EVENT_LEVEL_INFO, EventCategory.EVENT_CATEGORY_STORAGE, "zfs")
                .setStorageEvent(StorageEvent.newBuilder().setDatasetEvent(p)).build();
    }

    Event snapshot(String name, String dataset, long size, StorageSnapshotPayload.Operation op) {
        StorageSnapshotPayload p = StorageSnapshotPayload.newBuilder().setSnapshotName(name).setDatasetName(dataset)
                .setCreationTime(clockMillis / 1000).setSizeBytes(size).setOperation(op).build();
        return envelope(EventLevel.EVENT_LEVEL_INFO, EventCategory.EVENT_CATEGORY_STORAGE, "zfs-auto-snap")
                .setStorageEvent(StorageEvent.newBuilder().setSnapshotEvent(p)).build();
    }

    Event disk(EventLevel level, StorageDiskPayload.Builder p, StorageDiskPayload.Operation op, String causedBy) {
        Event.Builder b = envelope(level, EventCategory.EVENT_CATEGORY_STORAGE, "disk-monitor")
                .setStorageEvent(StorageEvent.newBuilder().setDiskEvent(p.setOperation(op)));
        if (causedBy != null) b.putMetadata("caused_by", causedBy);
        return b.build();
    }

    Event transfer(EventLevel level, String id, DataTransferTransferPayload.Operation op, String infoJson, String causedBy) {
        DataTransferTransferPayload p = DataTransferTransferPayload.newBuilder().setTransferId(id).setOperation(op)
                .setTransferInfoJson(infoJson).build();
        Event.Builder b = envelope(level, EventCategory.EVENT_CATEGORY_DATA_TRANSFER, "transfer-engine")
                .setDataTransferEvent(DataTransferEvent.newBuilder().setTransferEvent(p)).putMetadata("correlation_id", id);
        if (causedBy != null) b.putMetadata("caused_by", causedBy);
        return b.build();
    }

    Event auth(EventLevel level, String user, String ip, SecurityAuthPayload.Operation op, String session) {
        SecurityAuthPayload p = SecurityAuthPayload.newBuilder().setUsername(user).setMethod("password").setSourceIp(ip)
                .setOperation(op).build();
        Event.Builder b = envelope(level, EventCategory.EVENT_CATEGORY_SECURITY, "auth")
                .setSecurityEvent(SecurityEvent.newBuilder().setAuthEvent(p));
        if (session != null) b.putMetadata("session_id", session);
        return b.build();
    }

    Event connection(String src, String dst, int dstPort, NetworkConnectionPayload.Operation op) {
        NetworkConnectionPayload p = NetworkConnectionPayload.newBuilder().setSourceIp(src).setDestinationIp(dst)
                .setSourcePort(40000 + random.nextInt(20000)).setDestinationPort(dstPort).setProtocol("tcp").setOperation(op).build();
        return envelope(EventLevel.EVENT_LEVEL_DEBUG, EventCategory.EVENT_CATEGORY_NETWORK, "net")
                .setNetworkEvent(NetworkEvent.newBuilder().setConnectionEvent(p)).build();
    }

    /** A disk probe: a payload whose schema the reader does not know (device, temperature, ok). */
    Event diskProbe(String device, int temperature) {
        OpaquePayload p = OpaquePayload.newBuilder().setUnknownFields(UnknownFieldSet.newBuilder()
                .addField(1, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(device)).build())
                .addField(2, UnknownFieldSet.Field.newBuilder().addVarint(temperature).build())
                .addField(3, UnknownFieldSet.Field.newBuilder().addVarint(1).build()).build()).build();
        return envelope(EventLevel.EVENT_LEVEL_TRACE, EventCategory.EVENT_CATEGORY_STORAGE, "disk-monitor")
                .setStorageEvent(StorageEvent.newBuilder().setDiskProbeEvent(p)).build();
    }

    static StorageDiskPayload.Builder diskBase(String id, String pool, String health, int temperature, long hours) {
        return StorageDiskPayload.newBuilder().setDeviceId(id).setDevicePath("/dev/" + id).setSerial("WD-" + id.toUpperCase())
                .setModel("WD Red Plus 8TB").setVendor("WDC").setSizeBytes(8_001_563_222_016L).setDeviceType("hdd")
                .setInterfaceType("sata").setState("ONLINE").setHealth(health).setTemperature(temperature)
                .setPowerOnHours(hours).setPoolName(pool);
    }
}
