package uz.muhokama.reference;

/** The four reference lists, each backed by its own entity class. */
public enum ReferenceList {
    SECTORS(Sector.class),
    ACT_TYPES(ActType.class),
    REGIONS(Region.class),
    AGENCIES(Agency.class);

    private final Class<? extends ReferenceEntry> entity;

    ReferenceList(Class<? extends ReferenceEntry> entity) {
        this.entity = entity;
    }

    Class<? extends ReferenceEntry> entity() {
        return entity;
    }
}
