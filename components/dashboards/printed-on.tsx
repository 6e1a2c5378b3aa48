"use client";
// The date a board paper was printed: the reader's today when they print, not when the page was
// served (a page left open overnight prints tomorrow's date). The server's date until then.
import { useEffect, useState } from "react";
import { formatDate } from "@/lib/format/format-date";

export function PrintedOn({ served }: { served: string }) {
  const [today, setToday] = useState(served);
  useEffect(() => {
    const update = () => setToday(formatDate(new Date()));
    update();
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, []);
  return <>{today}</>;
}
