/**
 * Phiếu theo tổ and Gộp phiếu tổ (issue 12, the tổ's part of the year), in the clerk's two ways: a sheet per
 * tổ in this workbook, or a file per tổ (downloaded, sent, returned, picked here). The work is the session's.
 */
import * as React from "react";
import { Button, Divider } from "@fluentui/react-components";
import type { PaneFile } from "../session";
import type { Strings } from "../strings";
import { useSectionStyles } from "./styles";

export interface TeamFormsProps {
  t: Strings;
  disabled: boolean;
  onForms: () => void;
  onMerge: () => void;
  onFormFiles: () => void;
  onMergeFiles: (files: PaneFile[]) => void;
}

/** The picked files' bytes (the File API; nothing is uploaded anywhere). */
async function picked(list: FileList): Promise<PaneFile[]> {
  const out: PaneFile[] = [];
  for (const f of Array.from(list)) out.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  return out;
}

export function TeamForms({ t, disabled, onForms, onMerge, onFormFiles, onMergeFiles }: TeamFormsProps) {
  const c = useSectionStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <section className={c.actions} aria-labelledby="dvht-forms">
      <Divider />
      <h2 className={c.h2} id="dvht-forms">
        {t.formsTitle}
      </h2>
      <p className={c.muted}>{t.formsNote}</p>
      <Button onClick={onForms} disabled={disabled} title={t.teamFormsHint}>
        {t.teamForms}
      </Button>
      <Button onClick={onMerge} disabled={disabled} title={t.mergeFormsHint}>
        {t.mergeForms}
      </Button>
      <Button onClick={onFormFiles} disabled={disabled} title={t.formFilesHint}>
        {t.formFiles}
      </Button>
      <Button onClick={() => input.current?.click()} disabled={disabled} title={t.mergeFilesHint}>
        {t.mergeFiles}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm"
        multiple
        hidden
        aria-label={t.mergeFiles}
        data-testid="form-files"
        onChange={(e) => {
          const list = e.currentTarget.files;
          if (list && list.length) void picked(list).then(onMergeFiles);
          e.currentTarget.value = ""; // the same files may be picked again
        }}
      />
    </section>
  );
}
