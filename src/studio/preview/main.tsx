import "../../app/theme.css";
import "../../app/app.css";
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";

createRoot(document.getElementById("root")!).render(<PreviewApp />);
