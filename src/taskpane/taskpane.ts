/* global Office, document */
Office.onReady((info) => {
  const status = document.getElementById("status");
  if (status)
    status.textContent =
      info.host === Office.HostType.Excel ? "GPU Payback is ready." : "Open this page in Excel.";
});
