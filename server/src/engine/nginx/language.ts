// The nginx language registers itself here (being written).
export {};
