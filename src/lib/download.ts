/** Hands a file to the browser as a download (no print dialog, no new tab). Browser only. */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke later: some browsers read the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
