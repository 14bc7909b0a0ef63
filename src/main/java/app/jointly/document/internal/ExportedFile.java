package app.jointly.document.internal;

/** A produced download: its bytes, its media type and the Content-Disposition that names the file. */
record ExportedFile(byte[] bytes, String mediaType, String contentDisposition) {
}
