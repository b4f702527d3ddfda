"""Example project: code whose behaviour differs between the standard and free-threaded builds."""
