// The MTA-STS policy file language (mta-sts.txt) registers itself here (being written).
export {};
