import "../app/theme.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { StudioApp } from "./StudioApp";

createRoot(document.getElementById("studio")!).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
);
