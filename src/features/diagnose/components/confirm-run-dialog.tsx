import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';

/** Writes are never sent without this: says exactly what will be sent, with the console's token. */
export function ConfirmRunDialog({ method, url, onConfirm }: { method: string; url: string; onConfirm: () => void }) {
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button>Run it anyway…</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Send this write to Microsoft Graph?</DialogTitle>
          <DialogContent>
            The console will really send <strong>{method} {url}</strong> with your token. If it succeeds, it changes the tenant
            (and is not recorded in the Activity log, as it is not one of the console's own actions).
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onConfirm}>
                Send {method}
              </Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
