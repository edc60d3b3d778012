/** The media types of what the program exports. */
const MEDIA_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
};

/**
 * Hands a file to the browser as a download (browser mode: the main process cannot
 * show a save dialog there). The bytes come as base64 from the contract.
 */
export function downloadFile(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const extension = fileName.split('.').pop() ?? '';
  const url = URL.createObjectURL(new Blob([bytes], { type: MEDIA_TYPES[extension] ?? 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
