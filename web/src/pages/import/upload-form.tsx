import { useRef, useState, type DragEvent, type SyntheticEvent } from 'react';
import { asApiError } from '../../api.js';
import { countOf } from '../../format.js';
import { useStatus } from '../../status.js';
import { mailApi, type MailImportReport, type UploadProgress } from './mail-api.js';

type Props = { onImported: (report: MailImportReport) => void };

type Phase =
  { step: 'idle' } | { step: 'uploading'; progress: UploadProgress } | { step: 'sorting' };

const isMbox = (file: File) => /\.mbox$/i.test(file.name) || file.type === 'application/mbox';

/** What is wrong with a choice of files, in words that say how to fix it; null when fine. */
function problemWith(files: File[]): string | null {
  if (files.length === 0) return 'Choose at least one .eml file, or one .mbox file.';
  const mboxes = files.filter(isMbox);
  if (mboxes.length > 0 && files.length > 1) {
    return 'Choose one .mbox file on its own, or any number of .eml files, then try again.';
  }
  const empty = files.find((file) => file.size === 0);
  if (empty) return `${empty.name} is empty. Choose the file again, or leave it out.`;
  return null;
}

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Upload .eml files or one .mbox file, with a progress bar while they go up. */
export function UploadForm({ onImported }: Props) {
  const { announce } = useStatus();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string>();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [isDragging, setIsDragging] = useState(false);
  const isBusy = phase.step !== 'idle';

  const choose = (chosen: File[]) => {
    setFiles(chosen);
    setError(undefined);
  };

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problem = problemWith(files);
    if (problem) {
      setError(problem);
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setPhase({ step: 'uploading', progress: { loaded: 0, total: 1 } });
    try {
      const report = await mailApi.importFiles(files, (progress) => {
        setPhase(
          progress.loaded >= progress.total ? { step: 'sorting' } : { step: 'uploading', progress },
        );
      });
      announce(`Import finished: ${countOf(report.read, 'message')} read.`);
      setFiles([]);
      if (inputRef.current) inputRef.current.value = '';
      onImported(report);
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setPhase({ step: 'idle' });
    }
  };

  const handleDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    if (!isBusy) choose([...event.dataTransfer.files]);
  };

  return (
    <form
      className="form upload-form"
      noValidate
      aria-labelledby="upload-title"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <h2 id="upload-title">Import email files</h2>
      <p className="section-intro">
        Saved emails (.eml) or a whole mailbox export (.mbox, such as the one Google Takeout makes).
        Rebound reads them on this computer; nothing is sent anywhere.
      </p>
      <div
        className={`drop-zone${isDragging ? ' is-dragging' : ''}${error ? ' has-error' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => {
          setIsDragging(false);
        }}
        onDrop={handleDrop}
      >
        <label htmlFor="mail-files">Choose .eml files or one .mbox file</label>
        <p id="mail-files-hint" className="field-hint">
          You can also drop them here.
        </p>
        {error && (
          <p id="mail-files-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <input
          ref={inputRef}
          id="mail-files"
          name="files"
          type="file"
          multiple
          accept=".eml,.mbox,message/rfc822,application/mbox"
          aria-describedby={error ? 'mail-files-error mail-files-hint' : 'mail-files-hint'}
          aria-invalid={error ? true : undefined}
          disabled={isBusy}
          onChange={(event) => {
            choose([...(event.target.files ?? [])]);
          }}
        />
        {files.length > 0 && (
          <p className="quiet chosen-files">
            {files.length === 1
              ? `${files[0]?.name ?? ''} (${sizeText(files[0]?.size ?? 0)})`
              : `${countOf(files.length, 'file')}, ${sizeText(files.reduce((sum, f) => sum + f.size, 0))} in all`}
          </p>
        )}
      </div>
      <ImportProgress phase={phase} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </form>
  );
}

function ImportProgress({ phase }: { phase: Phase }) {
  if (phase.step === 'idle') return null;
  if (phase.step === 'sorting') {
    return (
      <div className="import-progress">
        <label htmlFor="import-progress">Reading and sorting your emails…</label>
        <progress id="import-progress" />
      </div>
    );
  }
  const { loaded, total } = phase.progress;
  const percent = Math.round((loaded / Math.max(total, 1)) * 100);
  return (
    <div className="import-progress">
      <label htmlFor="import-progress">
        Uploading: {sizeText(loaded)} of {sizeText(total)}
      </label>
      <progress id="import-progress" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
