package app.jointly.document.internal;

/** A produced download: its bytes, media type, ASCII file name and the Content-Disposition that names it. */
record ExportedFile(byte[] bytes, String mediaType, String fileName, String contentDisposition) {
}
